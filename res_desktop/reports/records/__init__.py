"""Records: records of instruments 6-8 and the Table 1 indicators."""
