; Inno Setup 6 script: installs the Windows bundle (dist\Ideverkstad, made by packaging\build_bundle.py)
; for the current user, without administrator rights, with a Start-menu entry.
;   iscc /DAppVersion=0.1.0 packaging\windows\ideverkstad.iss      (run from the repository root)
; Not run on the project's own machines (Linux only): built by .github/workflows/bundle.yml on Windows.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B6C2E-8E57-4D55-9C39-1D3C1E2A7B11}
AppName=Idéverkstad
AppVersion={#AppVersion}
AppPublisher=Idéverkstad
DefaultDirName={localappdata}\Programs\Ideverkstad
DefaultGroupName=Idéverkstad
DisableProgramGroupPage=yes
; Per user: a facilitator on a managed laptop installs it without asking IT.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=dist
OutputBaseFilename=Ideverkstad-{#AppVersion}-setup
SetupIconFile=packaging\icons\ideverkstad.ico
UninstallDisplayIcon={app}\ideverkstad.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=packaging\windows\LICENSE-summary.txt

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.FirewallTask=Låt telefoner i rummet ansluta (brandväggsregel för privata nätverk; frågar efter administratör)
en.FirewallTask=Let phones in the room connect (firewall rule for private networks; asks for an administrator)
sv.DesktopTask=Genväg på skrivbordet
en.DesktopTask=Shortcut on the desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopTask}"; Flags: unchecked
Name: "firewall"; Description: "{cm:FirewallTask}"; Flags: unchecked

[Files]
Source: "dist\Ideverkstad\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Idéverkstad"; Filename: "{app}\ideverkstad.exe"
Name: "{autodesktop}\Idéverkstad"; Filename: "{app}\ideverkstad.exe"; Tasks: desktopicon

[Run]
; The room of phones listens on the laptop's network address. A rule for private networks only (never
; public ones), for this program only. Adding a firewall rule needs an administrator: only this step asks
; (runas); without it Windows asks itself the first time the room is opened.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Idéverkstad"" dir=in action=allow program=""{app}\ideverkstad.exe"" profile=private enable=yes"; Flags: shellexec runhidden waituntilterminated; Verb: runas; Tasks: firewall
Filename: "{app}\ideverkstad.exe"; Description: "{cm:LaunchProgram,Idéverkstad}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Idéverkstad"" program=""{app}\ideverkstad.exe"""; Flags: shellexec runhidden waituntilterminated; Verb: runas; RunOnceId: "RemoveFirewallRule"; Tasks: firewall
