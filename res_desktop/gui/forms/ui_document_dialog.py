# Generated from ui/document_dialog.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(DocumentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(DocumentDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(DocumentDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.numberLabel = QLabel(DocumentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(DocumentDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(DocumentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DocumentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.issuerLabel = QLabel(DocumentDialog)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(DocumentDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.titleLabel = QLabel(DocumentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DocumentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DocumentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442-\u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.typeLabel.setText(QCoreApplication.translate("DocumentDialog", u"&\u0412\u0438\u0434 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430:", None))
        self.numberLabel.setText(QCoreApplication.translate("DocumentDialog", u"&\u041d\u043e\u043c\u0435\u0440:", None))
        self.dateLabel.setText(QCoreApplication.translate("DocumentDialog", u"&\u0414\u0430\u0442\u0430:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DocumentDialog", u"dd.MM.yyyy", None))
        self.issuerLabel.setText(QCoreApplication.translate("DocumentDialog", u"&\u041a\u0435\u043c \u043f\u0440\u0438\u043d\u044f\u0442 (\u0438\u0437\u0434\u0430\u043d):", None))
        self.titleLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u041d\u0430\u0438&\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
    # retranslateUi

