# Builds PartyDesk for Windows: an app image, an .msi and an .exe installer with a trimmed Java runtime.
# Saved as UTF-8 with BOM, so Windows PowerShell 5.1 reads the Chinese texts as Chinese (without the BOM it reads
# the file in the ANSI code page and the menu group became "鍏氬姟鍙拌处").
# Run on Windows 10/11 with JDK 17+ (jpackage; PACKAGING_JDK names one, else JAVA_HOME), Maven and the WiX
# Toolset 3.x on PATH (jpackage needs candle.exe/light.exe for .msi and .exe):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1            # per-machine install
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1 -PerUser   # installer offers per-user
# Output: target\dist\PartyDesk\ (app image), target\dist\PartyDesk-<version>.msi and .exe.
# The installers put PartyDesk under Program Files (for every user of the PC), add the Start-menu group “党务台账”
# and a desktop shortcut. Besides PartyDesk.exe (the window) the folder holds partydesk-cli.exe, a console
# launcher for the command line:  "C:\Program Files\PartyDesk\partydesk-cli.exe" --help
# Any failed step (Maven, jdeps, jlink, jpackage, WiX) stops the script with its exit code.
param(
    [switch]$PerUser
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0
Set-Location (Join-Path $PSScriptRoot "..\..")

# Runs a native program and stops when it fails: $ErrorActionPreference does not apply to exit codes.
function Invoke-Native {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "失败（退出码 $LASTEXITCODE）：$Exe $($Arguments -join ' ')"
    }
}

$jdk = $env:PACKAGING_JDK
if (-not $jdk) { $jdk = $env:JAVA_HOME }
if (-not $jdk -or -not (Test-Path (Join-Path $jdk "bin\jpackage.exe"))) {
    throw "找不到带 jpackage 的 JDK：请设置 PACKAGING_JDK 或 JAVA_HOME"
}
$jdkBin = Join-Path $jdk "bin"
$version = ([xml](Get-Content pom.xml -Raw -Encoding UTF8)).project.version
if (-not $version) { throw "pom.xml 中找不到版本号" }
$sqliteDir = if ($env:PROCESSOR_ARCHITECTURE -eq "ARM64") { "Windows/aarch64" } else { "Windows/x86_64" }

# always from the current sources (a stale target\partydesk.jar would package yesterday's program)
Invoke-Native "mvn" @("-B", "-q", "package", "-DskipTests")
Remove-Item -Recurse -Force target\jpackage-input, target\runtime, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory target\jpackage-input, target\dist | Out-Null
Copy-Item target\partydesk.jar target\jpackage-input\

# the jar keeps SQLite's native library for this platform only (the others are 24 MiB)
Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
$jarPath = (Resolve-Path target\jpackage-input\partydesk.jar).Path
$zip = [System.IO.Compression.ZipFile]::Open($jarPath, [System.IO.Compression.ZipArchiveMode]::Update)
try {
    $others = @($zip.Entries | Where-Object {
        $_.FullName.StartsWith("org/sqlite/native/") -and -not $_.FullName.StartsWith("org/sqlite/native/$sqliteDir/")
    })
    foreach ($entry in $others) { $entry.Delete() }
    if (-not ($zip.Entries | Where-Object { $_.FullName.StartsWith("org/sqlite/native/$sqliteDir/") })) {
        throw "jar 中没有 org/sqlite/native/$sqliteDir"
    }
} finally {
    $zip.Dispose()
}

# a runtime with the modules the app uses (jdeps), plus those found only at run time (as packaging/runtime.sh)
$modules = (& (Join-Path $jdkBin "jdeps.exe") --print-module-deps --ignore-missing-deps --multi-release 17 $jarPath)
if ($LASTEXITCODE -ne 0 -or -not $modules) { throw "jdeps 失败（退出码 $LASTEXITCODE）" }
$modules = "$(($modules | Select-Object -Last 1).Trim()),jdk.localedata,jdk.charsets,jdk.zipfs,java.naming,java.management"
Invoke-Native (Join-Path $jdkBin "jlink.exe") @("--add-modules", $modules, "--include-locales=en,zh",
    "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands",
    "--output", "target\runtime")

# the launcher's JVM options: from JDK 22 on native access, from JDK 24 on sun.misc.Unsafe allowed (JavaFX uses both),
# so the runtime prints no warnings; older JDKs do not know these options
$javaMajor = [int](((& (Join-Path $jdkBin "jlink.exe") --version) | Select-Object -First 1).Split(".")[0])
# the options of every packaged start (packaging\java-options.txt: UTF-8, the heap, the compiler), one a line
$javaOptions = @()
foreach ($line in Get-Content packaging\java-options.txt -Encoding UTF8) {
    if ($line.Trim() -and -not $line.StartsWith("#")) { $javaOptions += @("--java-options", $line.Trim()) }
}
if ($javaMajor -ge 22) { $javaOptions += @("--java-options", "--enable-native-access=ALL-UNNAMED") }
if ($javaMajor -ge 24) { $javaOptions += @("--java-options", "--sun-misc-unsafe-memory-access=allow") }

$common = @(
    "--name", "PartyDesk", "--app-version", $version, "--vendor", "PartyDesk",
    "--description", "党务台账：三会一课、责任清单、评先创优、佐证材料、台账与报告",
    "--input", "target\jpackage-input", "--main-jar", "partydesk.jar", "--main-class", "org.partydesk.Main",
    "--runtime-image", "target\runtime",
    "--icon", "packaging\windows\partydesk.ico",
    "--add-launcher", "partydesk-cli=packaging\windows\console-launcher.properties",
    "--dest", "target\dist"
) + $javaOptions
$jpackage = Join-Path $jdkBin "jpackage.exe"
Invoke-Native $jpackage (@("--type", "app-image") + $common)

# AppCDS (issue 21, decision 0026), as build-deb.sh: packaging\AppCds.java starts the app image's console launcher on
# a sample bureau for the common commands, and one archive of the classes they load goes beside the jar; both
# launchers map it at every start. The installers are then made from this app image. With APPCDS=0, or when the
# archive cannot be made, they are made from it all the same and start without one.
$appImage = "target\dist\PartyDesk"
$archive = Join-Path $appImage "app\partydesk.jsa"
if ($env:APPCDS -ne "0") {
    & (Join-Path $jdkBin "java.exe") packaging\AppCds.java $archive (Join-Path $appImage "partydesk-cli.exe")
    if ($LASTEXITCODE -eq 0 -and (Test-Path $archive)) {
        foreach ($cfg in @("PartyDesk.cfg", "partydesk-cli.cfg")) {
            # $APPDIR is the launcher's own, expanded when it reads its .cfg; an archive the JVM cannot use (a jar
            # changed after it was made) is left aside without the CDS warnings JDK 21+ would print at every start
            Add-Content -Path (Join-Path $appImage "app\$cfg") -Encoding ASCII `
                -Value @('java-options=-XX:SharedArchiveFile=$APPDIR\partydesk.jsa', 'java-options=-Xlog:cds=off')
        }
    } else {
        Remove-Item -Force $archive -ErrorAction SilentlyContinue
        Write-Warning "AppCDS：没有生成归档，安装包不带归档（程序照常启动，只是慢一些）"
    }
}
# the command line's own options (packaging\java-options-cli.txt: the serial collector, the young generation's size), after the archive was made
# under the options both launchers share
foreach ($line in Get-Content packaging\java-options-cli.txt -Encoding UTF8) {
    if ($line.Trim() -and -not $line.StartsWith("#")) {
        Add-Content -Path (Join-Path $appImage "app\partydesk-cli.cfg") -Encoding ASCII -Value "java-options=$($line.Trim())"
    }
}

# the same upgrade code for every version, so a new installer replaces the old one
$installer = @("--win-menu", "--win-menu-group", "党务台账", "--win-shortcut", "--win-dir-chooser",
    "--win-upgrade-uuid", "6c7f2f0e-3b1d-4c55-9a63-5d0a2b8e41d7")
if ($PerUser) { $installer += "--win-per-user-install" }
# from the app image (with its archive when one was made, and the command line's own options) only the installer's own options
$fromImage = @("--app-image", $appImage, "--name", "PartyDesk", "--app-version", $version, "--vendor", "PartyDesk",
    "--description", "党务台账：三会一课、责任清单、评先创优、佐证材料、台账与报告", "--dest", "target\dist")
foreach ($t in @("msi", "exe")) {
    Invoke-Native $jpackage (@("--type", $t) + $fromImage + $installer)
}
Get-ChildItem target\dist
