; Inno Setup 6 script for pbgdpl on Windows 10/11 (x64). Built by .github/workflows/windows.yml:
;   python build\build.py            -> dist\pbgdpl\ (pbgdpl.exe windowed, pbgdpl-cli.exe console, _internal\)
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\pbgdpl build\windows\pbgdpl.iss
; The installer carries everything: nothing is downloaded on the officer's laptop.
; It installs per user without administrator rights (most commune laptops are locked down), and offers an
; all-users install when the officer can elevate.
;
; Data is NEVER removed by the uninstaller: the database, keys, backups and bundles live in
; %LOCALAPPDATA%\pbgdpl\pbgdpl (or, in portable mode, in the "data" folder beside pbgdpl.exe), which setup
; did not install and so uninstall does not delete. Reinstalling or upgrading finds the data where it was.
; This script cannot be compiled or tested on the Linux CI machine; see docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\pbgdpl"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "PBGDPL"
#define AppExe "pbgdpl.exe"

[Setup]
; AppId identifies the program across versions: never change it.
AppId={{6E0D4C71-3B5F-4C8E-9A7B-2F1D8E5C9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=pbgdpl
AppComments=Sổ theo dõi phổ biến, giáo dục pháp luật (offline)
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=pbgdpl-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
; Upgrades close a running pbgdpl first instead of leaving half-replaced files.
CloseApplications=yes
RestartApplications=no
LicenseFile=..\..\LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build. "ignoreversion" because PyInstaller's files carry no version resources.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; No pbgdpl-portable.txt here: an installed program keeps its data in %LOCALAPPDATA%.

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave inside its own folder; never the data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('PBGDPL has been removed. Your data was kept:' + #13#10 +
           ExpandConstant('{localappdata}') + '\pbgdpl\pbgdpl' + #13#10 +
           '(Dữ liệu của xã vẫn được giữ nguyên. Cài lại PBGDPL để tiếp tục sử dụng.)',
           mbInformation, MB_OK);
end;
