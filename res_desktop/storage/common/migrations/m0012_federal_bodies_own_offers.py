"""Migration step 0012_federal_bodies_own_offers, frozen as released (literal SQL: never edit it).

Instrument 9: the user-editable list of federal bodies a registry analysis letter must reach
(«переданы в профильный федеральный орган исполнительной власти»), seeded with the bodies
the Standard's text and common practice name. Block IV: the record that the region described
an own instrument and offered it to РЭЦ (date, letter number).
"""

from __future__ import annotations

NAME = "0012_federal_bodies_own_offers"
STATEMENTS = (
    """
        CREATE TABLE federal_body (
            name TEXT PRIMARY KEY,
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
    """
        INSERT INTO federal_body (name, position) VALUES
            ('Минпромторг России', 0),
            ('Минэкономразвития России', 1),
            ('Минсельхоз России', 2),
            ('Минфин России', 3),
            ('Минтранс России', 4),
            ('Минцифры России', 5),
            ('МИД России', 6),
            ('ФТС России', 7),
            ('ФНС России', 8),
            ('Росстандарт', 9),
            ('Россельхознадзор', 10),
            ('Роспотребнадзор', 11)
        """,
    """
        CREATE TABLE own_instrument_offer (
            instrument_id INTEGER PRIMARY KEY
                REFERENCES own_instrument(id) ON DELETE CASCADE,
            described_on TEXT,
            offered_on TEXT NOT NULL,
            letter_number TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT 'АО «Российский экспортный центр»'
        ) STRICT
        """,
)
