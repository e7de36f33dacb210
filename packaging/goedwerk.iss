; Inno Setup script for the Windows installer of Goed Werk (per user, no administrator rights).
; Build the bundle first (python packaging/build_bundle.py makes dist\goedwerk\ with GoedWerk.exe,
; the windowed app, and goedwerk.exe, the console CLI), then:
;   iscc /DAppVersion=0.1.0 packaging\goedwerk.iss
; which writes dist\goedwerk-0.1.0-windows-x64-setup.exe. The uninstaller removes the app and its
; shortcuts; the user's own data in %LOCALAPPDATA%\goedwerk is never touched.
; Kept in step with packaging/goedwerk.spec and the Linux install.sh.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1D7C52-3A0E-4E55-9C4B-2F7B0D9A61E3}
AppName=Goed Werk
AppVersion={#AppVersion}
AppVerName=Goed Werk {#AppVersion}
AppPublisher=Goed Werk
DefaultDirName={localappdata}\Programs\Goed Werk
DefaultGroupName=Goed Werk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=goedwerk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\build\icons\goedwerk.ico
UninstallDisplayIcon={app}\GoedWerk.exe
LicenseFile=..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "De opdracht goedwerk in de opdrachtprompt"; Flags: unchecked

[Files]
Source: "..\dist\goedwerk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Goed Werk"; Filename: "{app}\GoedWerk.exe"
Name: "{group}\{cm:UninstallProgram,Goed Werk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Goed Werk"; Filename: "{app}\GoedWerk.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\GoedWerk.exe"; Description: "{cm:LaunchProgram,Goed Werk}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
