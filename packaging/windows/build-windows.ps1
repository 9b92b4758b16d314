# Builds PartyDesk for Windows: an app image, an .msi and an .exe installer with a bundled runtime.
# Run on Windows 10/11 in the project folder, with JDK 17 (jpackage), Maven and the WiX Toolset 3.x
# on PATH (jpackage needs candle.exe/light.exe for .msi and .exe):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Output: target\dist\PartyDesk\ (app image), target\dist\PartyDesk-<version>.msi and .exe
# The installers add a Start-menu entry “党务台账” and a desktop shortcut, per-user install allowed.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = (mvn -B -q help:evaluate "-Dexpression=project.version" -DforceStdout)
if (-not (Test-Path target\partydesk.jar)) { mvn -B -q package -DskipTests }
Remove-Item -Recurse -Force target\jpackage-input, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input, target\dist | Out-Null
Copy-Item target\partydesk.jar target\jpackage-input\
# Windows icons must be .ico: make one from packaging/icons/partydesk-256.png (e.g. with ImageMagick:
# magick packaging\icons\partydesk-256.png -define icon:auto-resize=256,64,48,32,16 packaging\windows\partydesk.ico)
$common = @(
  "--name", "PartyDesk", "--app-version", $version, "--vendor", "PartyDesk",
  "--description", "党务台账",
  "--input", "target\jpackage-input", "--main-jar", "partydesk.jar", "--main-class", "org.partydesk.Main",
  "--java-options", "-Dfile.encoding=UTF-8", "--java-options", "-Xmx1g",
  "--dest", "target\dist"
)
if (Test-Path packaging\windows\partydesk.ico) { $common += @("--icon", "packaging\windows\partydesk.ico") }
jpackage --type app-image @common
foreach ($t in @("msi", "exe")) {
  jpackage --type $t @common --win-menu --win-menu-group "党务台账" --win-shortcut --win-dir-chooser --win-per-user-install
}
Get-ChildItem target\dist
