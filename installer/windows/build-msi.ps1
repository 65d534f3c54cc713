<#
.SYNOPSIS
  Builds the ParCheck Windows installer (target\dist\installer\ParCheck-<version>.msi).

.DESCRIPTION
  Run on Windows 10/11 x64 from the repository root, in PowerShell:

      powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1            # per-user (default)
      powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 -PerMachine

  Needs:
    * a full JDK 17 x64 (with jpackage, e.g. Eclipse Temurin 17) in JAVA_HOME;
    * WiX Toolset 3.x (3.14 tested by the JDK; JDK 17's jpackage does not support WiX 4+): candle.exe and
      light.exe on PATH, e.g. $env:PATH += ";C:\Program Files (x86)\WiX Toolset v3.14\bin".
  Nothing else: the Maven wrapper fetches Maven and the libraries (including the Windows JavaFX jars).

  Steps:
    1. mvnw.cmd -B -Pdist package -DskipTests     jlink runtime with JavaFX + natives + CDS archive, app image
                                                  target\dist\image\ParCheck (ParCheck.exe)
    2. jpackage --type msi --app-image …          the .msi, with the options below

  Upgrades: the upgrade code below is fixed for ever. An .msi with a higher version (the pom version, e.g.
  0.1.0 -> 0.2.0; Windows Installer compares the first three numbers) replaces the installed one in place.
  Keep one install scope for all versions: a per-user and a per-machine install are separate products to Windows.
  The data folder %APPDATA%\ParCheck is not part of the install: upgrading keeps it and uninstalling leaves it.
#>
param(
    # install for all users under C:\Program Files\ParCheck (needs administrator rights); default: per user,
    # under %LOCALAPPDATA%\ParCheck, no administrator rights needed
    [switch]$PerMachine,
    # skip step 1 and package the existing target\dist\image\ParCheck
    [switch]$SkipBuild
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# Fixed for ever: Windows recognises earlier ParCheck installs by this code and replaces them.
$UpgradeUuid = '9ce26f43-32fd-439b-a95a-82f7ea8f3150'

if (-not $env:JAVA_HOME) { throw 'JAVA_HOME must point to a JDK 17 (with bin\jpackage.exe)' }
$jpackage = Join-Path $env:JAVA_HOME 'bin\jpackage.exe'
if (-not (Test-Path $jpackage)) { throw "no $jpackage: a full JDK 17 is needed" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -or -not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3.x (candle.exe, light.exe) must be on PATH'
}

if (-not $SkipBuild) {
    & .\mvnw.cmd -B -Pdist package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw "mvnw.cmd -Pdist package failed ($LASTEXITCODE)" }
}
$image = 'target\dist\image\ParCheck'
if (-not (Test-Path "$image\ParCheck.exe")) { throw "no app image $image" }

# the numeric version jpackage gave the image (from the pom version)
$cfg = Get-Content "$image\app\ParCheck.cfg"
$version = ($cfg | Select-String -Pattern 'jpackage\.app-version=([0-9.]+)').Matches[0].Groups[1].Value
$description = 'Offline inspection of administrative reform (CCHC) for Vietnamese provincial inspection teams'

$arguments = @(
    '--type', 'msi',
    '--app-image', $image,
    '--dest', 'target\dist\installer',
    '--name', 'ParCheck',
    '--app-version', $version,
    '--vendor', 'ParCheck project',
    '--description', $description,
    '--copyright', 'ParCheck project',
    '--icon', 'installer\windows\ParCheck.ico',
    '--file-associations', 'installer\windows\parcheck-file.properties',
    '--win-upgrade-uuid', $UpgradeUuid,
    '--win-menu', '--win-menu-group', 'ParCheck',
    '--win-shortcut',
    '--win-dir-chooser'
)
if (-not $PerMachine) { $arguments += '--win-per-user-install' }

Write-Host "jpackage $($arguments -join ' ')"
& $jpackage @arguments
if ($LASTEXITCODE -ne 0) { throw "jpackage failed ($LASTEXITCODE)" }
Get-ChildItem target\dist\installer\*.msi | ForEach-Object { Write-Host "built $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
