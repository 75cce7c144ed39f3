# Generated from ui/region_form.ui by packaging/compile_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'region_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_RegionForm(object):
    def setupUi(self, RegionForm):
        if not RegionForm.objectName():
            RegionForm.setObjectName(u"RegionForm")
        RegionForm.resize(560, 520)
        self.formLayout = QFormLayout(RegionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.regionLabel = QLabel(RegionForm)
        self.regionLabel.setObjectName(u"regionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(RegionForm)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setEditable(True)
        self.regionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.bodyLabel = QLabel(RegionForm)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QLineEdit(RegionForm)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.startYearLabel = QLabel(RegionForm)
        self.startYearLabel.setObjectName(u"startYearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startYearLabel)

        self.startYearSpin = QSpinBox(RegionForm)
        self.startYearSpin.setObjectName(u"startYearSpin")
        self.startYearSpin.setMinimum(2019)
        self.startYearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startYearSpin)

        self.yearHint = QLabel(RegionForm)
        self.yearHint.setObjectName(u"yearHint")
        self.yearHint.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearHint)

        self.lowPotentialCheck = QCheckBox(RegionForm)
        self.lowPotentialCheck.setObjectName(u"lowPotentialCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lowPotentialCheck)

        self.federalCentreCheck = QCheckBox(RegionForm)
        self.federalCentreCheck.setObjectName(u"federalCentreCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.federalCentreCheck)

        self.headNameLabel = QLabel(RegionForm)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headNameLabel)

        self.headNameEdit = QLineEdit(RegionForm)
        self.headNameEdit.setObjectName(u"headNameEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headNameEdit)

        self.headPositionLabel = QLabel(RegionForm)
        self.headPositionLabel.setObjectName(u"headPositionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.headPositionLabel)

        self.headPositionEdit = QLineEdit(RegionForm)
        self.headPositionEdit.setObjectName(u"headPositionEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.headPositionEdit)

        self.headSignatureLabel = QLabel(RegionForm)
        self.headSignatureLabel.setObjectName(u"headSignatureLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.headSignatureLabel)

        self.headSignatureEdit = QLineEdit(RegionForm)
        self.headSignatureEdit.setObjectName(u"headSignatureEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.headSignatureEdit)

        self.personLabel = QLabel(RegionForm)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(RegionForm)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.phoneLabel = QLabel(RegionForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(RegionForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(RegionForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(RegionForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.addressLabel = QLabel(RegionForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(RegionForm)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.errorLabel = QLabel(RegionForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.regionLabel.setBuddy(self.regionCombo)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.startYearLabel.setBuddy(self.startYearSpin)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headPositionLabel.setBuddy(self.headPositionEdit)
        self.headSignatureLabel.setBuddy(self.headSignatureEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.regionCombo, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.startYearSpin)
        QWidget.setTabOrder(self.startYearSpin, self.lowPotentialCheck)
        QWidget.setTabOrder(self.lowPotentialCheck, self.federalCentreCheck)
        QWidget.setTabOrder(self.federalCentreCheck, self.headNameEdit)
        QWidget.setTabOrder(self.headNameEdit, self.headPositionEdit)
        QWidget.setTabOrder(self.headPositionEdit, self.headSignatureEdit)
        QWidget.setTabOrder(self.headSignatureEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)

        self.retranslateUi(RegionForm)
    # setupUi

    def retranslateUi(self, RegionForm):
        self.regionLabel.setText(QCoreApplication.translate("RegionForm", u"\u0421\u0443\u0431\u044a\u0435\u043a\u0442 \u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u043e\u0439 &\u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438:", None))
        self.bodyLabel.setText(QCoreApplication.translate("RegionForm", u"\u0420\u041e\u0418\u0412-&\u043a\u043e\u043e\u0440\u0434\u0438\u043d\u0430\u0442\u043e\u0440:", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("RegionForm", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u0447\u0435\u0441\u043a\u043e\u0433\u043e \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u0438", None))
        self.startYearLabel.setText(QCoreApplication.translate("RegionForm", u"&\u0413\u043e\u0434 \u043d\u0430\u0447\u0430\u043b\u0430 \u0432\u043d\u0435\u0434\u0440\u0435\u043d\u0438\u044f \u0421\u0442\u0430\u043d\u0434\u0430\u0440\u0442\u0430:", None))
        self.lowPotentialCheck.setText(QCoreApplication.translate("RegionForm", u"\u0420\u0435\u0433\u0438\u043e\u043d \u0441 &\u043d\u0438\u0437\u043a\u0438\u043c \u044d\u043a\u0441\u043f\u043e\u0440\u0442\u043d\u044b\u043c \u043f\u043e\u0442\u0435\u043d\u0446\u0438\u0430\u043b\u043e\u043c", None))
#if QT_CONFIG(tooltip)
        self.lowPotentialCheck.setToolTip(QCoreApplication.translate("RegionForm", u"\u0414\u043b\u044f \u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\u043e\u0432 6 \u0438 14 \u043f\u0440\u0438\u043c\u0435\u043d\u044f\u044e\u0442\u0441\u044f \u0430\u043b\u044c\u0442\u0435\u0440\u043d\u0430\u0442\u0438\u0432\u043d\u044b\u0435 \u043a\u0440\u0438\u0442\u0435\u0440\u0438\u0438 \u0421\u0442\u0430\u043d\u0434\u0430\u0440\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.federalCentreCheck.setText(QCoreApplication.translate("RegionForm", u"\u0426\u041f\u042d \u0444\u0438\u043d\u0430\u043d\u0441\u0438\u0440\u0443\u0435\u0442\u0441\u044f \u0438\u0437 \u0444\u0435\u0434\u0435\u0440\u0430\u043b\u044c\u043d\u043e\u0433\u043e &\u0431\u044e\u0434\u0436\u0435\u0442\u0430", None))
#if QT_CONFIG(tooltip)
        self.federalCentreCheck.setToolTip(QCoreApplication.translate("RegionForm", u"\u0418\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442 6: \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0435 \u0426\u041f\u042d \u0442\u0440\u0435\u0431\u043e\u0432\u0430\u043d\u0438\u044f\u043c \u041c\u0438\u043d\u044d\u043a\u043e\u043d\u043e\u043c\u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f \u0420\u043e\u0441\u0441\u0438\u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442\u0441\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u043f\u0440\u0438 \u0444\u0438\u043d\u0430\u043d\u0441\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0438 \u0438\u0437 \u0444\u0435\u0434\u0435\u0440\u0430\u043b\u044c\u043d\u043e\u0433\u043e \u0431\u044e\u0434\u0436\u0435\u0442\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.headNameLabel.setText(QCoreApplication.translate("RegionForm", u"&\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c \u0420\u041e\u0418\u0412:", None))
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("RegionForm", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f, \u0438\u043c\u044f, \u043e\u0442\u0447\u0435\u0441\u0442\u0432\u043e: \u0413\u0440\u043e\u043c\u043e\u0432 \u0410\u043d\u0434\u0440\u0435\u0439 \u041f\u0430\u0432\u043b\u043e\u0432\u0438\u0447", None))
#if QT_CONFIG(tooltip)
        self.headNameEdit.setToolTip(QCoreApplication.translate("RegionForm", u"\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442 \u043e\u0442\u0447\u0451\u0442\u044b \u0438 \u043f\u0438\u0441\u044c\u043c\u0430 \u0432 \u0410\u041e \u00ab\u0420\u043e\u0441\u0441\u0438\u0439\u0441\u043a\u0438\u0439 \u044d\u043a\u0441\u043f\u043e\u0440\u0442\u043d\u044b\u0439 \u0446\u0435\u043d\u0442\u0440\u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.headPositionLabel.setText(QCoreApplication.translate("RegionForm", u"\u0414&\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044f:", None))
        self.headPositionEdit.setPlaceholderText(QCoreApplication.translate("RegionForm", u"\u041d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u0447\u0435\u0441\u043a\u043e\u0433\u043e \u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044f \u043e\u0431\u043b\u0430\u0441\u0442\u0438", None))
        self.headSignatureLabel.setText(QCoreApplication.translate("RegionForm", u"\u0420&\u0430\u0441\u0448\u0438\u0444\u0440\u043e\u0432\u043a\u0430 \u043f\u043e\u0434\u043f\u0438\u0441\u0438:", None))
#if QT_CONFIG(tooltip)
        self.headSignatureEdit.setToolTip(QCoreApplication.translate("RegionForm", u"\u041f\u0443\u0441\u0442\u043e \u2014 \u0441\u043e\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442\u0441\u044f \u0438\u0437 \u0424\u0418\u041e \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044f (\u0410.\u041f. \u0413\u0440\u043e\u043c\u043e\u0432); \u0432\u043f\u0438\u0448\u0438\u0442\u0435 \u0441\u0432\u043e\u044e \u0444\u043e\u0440\u043c\u0443, \u0435\u0441\u043b\u0438 \u043d\u0443\u0436\u043d\u0430 \u0434\u0440\u0443\u0433\u0430\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.personLabel.setText(QCoreApplication.translate("RegionForm", u"&\u0418\u0441\u043f\u043e\u043b\u043d\u0438\u0442\u0435\u043b\u044c (\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0435 \u043b\u0438\u0446\u043e):", None))
        self.phoneLabel.setText(QCoreApplication.translate("RegionForm", u"&\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.emailLabel.setText(QCoreApplication.translate("RegionForm", u"&\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u0430\u044f \u043f\u043e\u0447\u0442\u0430:", None))
        self.addressLabel.setText(QCoreApplication.translate("RegionForm", u"&\u0410\u0434\u0440\u0435\u0441:", None))
        pass
    # retranslateUi

