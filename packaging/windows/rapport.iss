; Inno Setup script for Rapport on Windows: a per-user install (no administrator rights), a
; Start-menu entry, the .rapport workspace association with its icon, and an uninstaller.
;
; Build the app first (scripts\build.ps1 -> dist\rapport\rapport.exe), then, with Inno Setup 6:
;     iscc packaging\windows\rapport.iss          -> dist\Rapport-<version>-setup.exe
; The version is read from rapport.exe (build.spec writes pyproject.toml's version into it);
; `iscc /DAppVersion=1.2.3 ...` overrides it.
;
; Untested here: Inno Setup runs on Windows only (see README, "What is tested where").
; The user's data (%APPDATA%\Rapport: workspaces, backups, log) is never removed by the
; uninstaller; only {app} (%LOCALAPPDATA%\Programs\Rapport) and the registry entries below go.

#define AppExe "rapport.exe"
#define BuildDir "..\..\dist\rapport"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuildDir + "\" + AppExe, "ProductVersion")
#endif
#define ProgId "Rapport.Workspace"

[Setup]
AppId={{6B0E2C4A-5D1F-4E57-9A43-2F7D0C9B8E61}
AppName=Rapport
AppVersion={#AppVersion}
AppVerName=Rapport {#AppVersion}
AppPublisher=Rapport
VersionInfoVersion={#AppVersion}
; Per user: installs into %LOCALAPPDATA%\Programs\Rapport, registry entries under HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Rapport
DefaultGroupName=Rapport
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; A running Rapport is asked to close before its files are replaced or removed.
CloseApplications=yes
SetupIconFile=..\..\resources\icons\rapport.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Rapport
OutputDir=..\..\dist
OutputBaseFilename=Rapport-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Rapport"; Filename: "{app}\{#AppExe}"; Comment: "Relationship planner"
Name: "{autodesktop}\Rapport"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install. The association: .rapport -> Rapport.Workspace, shown with
; the app's icon, opened with `rapport.exe "<file>"` (a running Rapport takes the file over).
Root: HKA; Subkey: "Software\Classes\.rapport"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rapport\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Rapport workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".rapport"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Rapport}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (nothing is written there at run time; this is for safety).
Type: dirifempty; Name: "{app}"
