# Shared setup for scripts\run.ps1 and scripts\test.ps1 (dot-sourced): the Windows side of
# scripts/_setup.sh. Finds Python 3.12/3.13, creates .venv, and installs the project with the given
# extras again only when pyproject.toml (or the set of top-level packages) changed.
# Set RAPPORT_PYTHON to a python.exe to choose the interpreter.

$ErrorActionPreference = 'Stop'
$RepoRoot = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $RepoRoot '.venv'
$VenvPy = Join-Path $Venv 'Scripts\python.exe'
$Stamp = Join-Path $Venv '.rapport-install-stamp'

function Write-Rapport([string]$Message) { Write-Host "rapport: $Message" }

# PySide6 6.12 on Python 3.11 leaks references to None and aborts: only 3.12 and 3.13 will do.
function Test-SupportedPython([string[]]$Command) {
    $exe = $Command[0]
    $rest = @($Command | Select-Object -Skip 1)
    try {
        & $exe @rest -c 'import sys; sys.exit(sys.version_info[:2] not in ((3, 12), (3, 13)))' 2>$null | Out-Null
        return $LASTEXITCODE -eq 0
    } catch {
        return $false
    }
}

function Find-Python {
    if ($env:RAPPORT_PYTHON) {
        if (Test-SupportedPython @($env:RAPPORT_PYTHON)) { return , @($env:RAPPORT_PYTHON) }
        throw "RAPPORT_PYTHON=$env:RAPPORT_PYTHON is not Python 3.12 or 3.13"
    }
    $candidates = @(@('py', '-3.12'), @('py', '-3.13'), @('python3.12'), @('python3.13'), @('python'))
    foreach ($candidate in $candidates) {
        if ((Get-Command $candidate[0] -ErrorAction SilentlyContinue) -and (Test-SupportedPython $candidate)) {
            return , $candidate
        }
    }
    throw ("no Python 3.12 or 3.13 found (3.11 will not do: PySide6 6.12 aborts on it). " +
        "Install it with 'winget install Python.Python.3.12' or from python.org, then run this again.")
}

function Get-InstallFingerprint {
    # No double quotes in the code: Windows PowerShell 5.1 mangles them in native arguments.
    $code = @'
import hashlib, pathlib, sys
root = pathlib.Path(sys.argv[1])
h = hashlib.sha256(sys.version.encode())
h.update((root / 'pyproject.toml').read_bytes())
h.update(' '.join(sorted(p.parent.name for p in root.glob('*/__init__.py'))).encode())
print(h.hexdigest())
'@
    return (& $VenvPy -c $code $RepoRoot).Trim()
}

function Initialize-Venv([string]$Extras) {
    if ((Test-Path $Venv) -and -not (Test-SupportedPython @($VenvPy))) {
        Write-Rapport '.venv does not run Python 3.12/3.13; recreating it'
        Remove-Item -Recurse -Force $Venv
    }
    if (-not (Test-Path $VenvPy)) {
        $python = Find-Python
        Write-Rapport "creating .venv with $($python -join ' ')"
        $rest = @($python | Select-Object -Skip 1)
        & $python[0] @rest -m venv $Venv
        if ($LASTEXITCODE -ne 0) { throw 'could not create .venv' }
    }

    $want = Get-InstallFingerprint
    $oldHash = ''
    $oldExtras = ''
    if (Test-Path $Stamp) {
        $lines = @(Get-Content $Stamp)
        $oldHash = $lines[0]
        if ($lines.Count -gt 1) { $oldExtras = $lines[1] }
    }
    $wanted = @($Extras -split ',' | Where-Object { $_ })
    $had = @($oldExtras -split ',' | Where-Object { $_ })
    $missing = @($wanted | Where-Object { $had -notcontains $_ })
    if ($oldHash -eq $want -and $missing.Count -eq 0) { return }

    $all = (@($wanted + $had) | Sort-Object -Unique) -join ','
    $spec = if ($all) { "$($RepoRoot)[$all]" } else { $RepoRoot }
    $log = Join-Path $Venv 'pip-install.log'
    Write-Rapport "installing the project into .venv (pip install -e .[$all]); log: $log"
    Remove-Item -Force $Stamp -ErrorAction SilentlyContinue
    $pip = Start-Process -FilePath $VenvPy -NoNewWindow -Wait -PassThru `
        -ArgumentList @('-m', 'pip', 'install', '--disable-pip-version-check', '-e', "`"$spec`"") `
        -RedirectStandardOutput $log -RedirectStandardError "$log.err"
    if ($pip.ExitCode -ne 0) {
        Get-Content "$log.err" -Tail 40 | Write-Host
        throw "pip install failed (see $log and $log.err)"
    }
    Set-Content -Path $Stamp -Value @($want, $all)
}
