# Builds the installable Rapport app on Windows with PyInstaller (build.spec); the PowerShell twin
# of scripts/build:
#   scripts\build.ps1            one folder: dist\rapport\ (run dist\rapport\rapport.exe)
#   scripts\build.ps1 -OneFile   one self-unpacking file: dist\onefile\rapport.exe (starts slower)
#   scripts\build.ps1 -Check     afterwards, run the built app's --self-test offscreen
#   scripts\build.ps1 -Clean     forget PyInstaller's cache (build\) first
# Sets up .venv with the `build` extra as scripts\run.ps1 does, then prints where the result
# landed, its size and how long the build took. The executable opens no console window.
param([switch]$OneFile, [switch]$Check, [switch]$Clean)

. (Join-Path $PSScriptRoot '_setup.ps1')

Initialize-Venv 'build'
Set-Location $RepoRoot

if ($OneFile) {
    $env:RAPPORT_ONEFILE = '1'
    $distPath = 'dist\onefile'; $workPath = 'build\onefile'
    $result = 'dist\onefile\rapport.exe'; $exe = $result
} else {
    Remove-Item Env:RAPPORT_ONEFILE -ErrorAction SilentlyContinue
    $distPath = 'dist'; $workPath = 'build\onefolder'
    $result = 'dist\rapport'; $exe = 'dist\rapport\rapport.exe'
}

$arguments = @('--noconfirm', '--log-level', 'WARN', '--distpath', $distPath, '--workpath', $workPath)
if ($Clean) { $arguments += '--clean' }
$arguments += 'build.spec'

New-Item -ItemType Directory -Force -Path $workPath | Out-Null
$log = Join-Path $workPath 'pyinstaller.log'
Write-Rapport "building $result with PyInstaller (log: $log)"
$watch = [Diagnostics.Stopwatch]::StartNew()
# Start-Process rather than '&': Windows PowerShell 5.1 stops on the first line a native program
# writes to stderr when $ErrorActionPreference is 'Stop', and PyInstaller logs to stderr.
$build = Start-Process -FilePath (Join-Path $Venv 'Scripts\pyinstaller.exe') -ArgumentList $arguments `
    -NoNewWindow -Wait -PassThru -RedirectStandardOutput "$log.out" -RedirectStandardError $log
if ($build.ExitCode -ne 0) {
    Get-Content $log -Tail 40 | Write-Host
    throw "PyInstaller failed (full log: $log)"
}
$seconds = [int]$watch.Elapsed.TotalSeconds

if (-not (Test-Path $exe)) { throw "the build finished but $exe is missing" }
$bytes = (Get-ChildItem -Path $result -Recurse -File | Measure-Object -Property Length -Sum).Sum
$size = '{0:N1} MiB' -f ($bytes / 1MB)
Write-Rapport "built in $seconds s: $(Join-Path $RepoRoot $result) ($size)"
Write-Rapport "run it with: $exe --demo"

if ($Check) {
    Write-Rapport "running $exe --self-test (offscreen)"
    $env:QT_QPA_PLATFORM = 'offscreen'
    # The executable has no console of its own; it attaches to this one to print (ui/frozen.py).
    $test = Start-Process -FilePath $exe -ArgumentList '--self-test' -NoNewWindow -Wait -PassThru
    Remove-Item Env:QT_QPA_PLATFORM
    if ($test.ExitCode -ne 0) { throw "the self-test failed (exit $($test.ExitCode))" }
}
