; Per-user installer for the PyInstaller one-folder build: no administrator rights needed.
; Built by packaging/windows/build.sh:  makensis -DVERSION=x.y.z -DOUTFILE=... res_desktop.nsi
; The user's data is in %LOCALAPPDATA%\res_desktop: neither an update nor the uninstaller touch it.
Unicode true
!include "MUI2.nsh"
!ifndef VERSION
  !error "VERSION is not defined: build with packaging/build.sh windows"
!endif
!ifndef OUTFILE
  !define OUTFILE "res-desktop-${VERSION}-windows-x64-setup.exe"
!endif
!define APP "res_desktop"
!define TITLE "РЭС: рабочее место координатора"
!define LINK "РЭС — рабочее место координатора.lnk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${TITLE}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1049 "ProductName" "${TITLE}"
VIAddVersionKey /LANG=1049 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1049 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1049 "FileDescription" "Установка программы «${TITLE}»"
VIAddVersionKey /LANG=1049 "LegalCopyright" "res_desktop"

!define MUI_ICON "res-desktop.ico"
!define MUI_UNICON "res-desktop.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\res-desktop.exe"
!insertmacro MUI_PAGE_LICENSE "LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Russian"

Section "install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"          ; an update must not keep stale libraries
  File /r "dist\res-desktop\*.*"
  File "LICENSE.txt"
  File "THIRD-PARTY-NOTICES.txt"
  SetOutPath "$INSTDIR\LICENSES"
  File "LICENSES\*.*"                    ; not File /r: that would match every LICENSES below
  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${LINK}" "$INSTDIR\res-desktop.exe"
  CreateShortCut "$DESKTOP\${LINK}" "$INSTDIR\res-desktop.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${TITLE}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "res_desktop"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\res-desktop.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${LINK}"
  Delete "$DESKTOP\${LINK}"
  ; only what the installer wrote (never RMDir /r $INSTDIR: the user may have picked a shared folder)
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\LICENSES"
  Delete "$INSTDIR\res-desktop.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
