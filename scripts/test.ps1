# Sets up and runs the whole test suite on Windows (the PowerShell twin of scripts/test):
#   scripts\test.ps1 [pytest arguments]
# Runs ruff (lint and format), import-linter and pytest; exits non-zero if any fails.
. (Join-Path $PSScriptRoot '_setup.ps1')

Initialize-Venv 'test,postgres'
Set-Location $RepoRoot
if (-not $env:QT_QPA_PLATFORM) { $env:QT_QPA_PLATFORM = 'offscreen' }
$bin = Join-Path $Venv 'Scripts'
$failed = @()

Write-Host "`n=== ruff check"
& (Join-Path $bin 'ruff.exe') check .
if ($LASTEXITCODE -ne 0) { $failed += 'ruff check' }

Write-Host "`n=== ruff format --check"
& (Join-Path $bin 'ruff.exe') format --check .
if ($LASTEXITCODE -ne 0) { $failed += 'ruff format --check' }

Write-Host "`n=== lint-imports"
& (Join-Path $bin 'lint-imports.exe')
if ($LASTEXITCODE -ne 0) { $failed += 'lint-imports' }

Write-Host "`n=== pytest"
& $VenvPy -m pytest @args
$pytestStatus = $LASTEXITCODE
if ($pytestStatus -ne 0) { $failed += "pytest (exit $pytestStatus)" }

# No test may depend on the real date: the date_sensitive tests again, a year ahead.
if ($args.Count -eq 0) {
    Write-Host "`n=== pytest -m date_sensitive, clock a year ahead"
    $env:RAPPORT_CLOCK_OFFSET_DAYS = '365'
    & $VenvPy -m pytest -q -m date_sensitive
    if ($LASTEXITCODE -ne 0) { $failed += 'pytest -m date_sensitive (clock a year ahead)' }
    Remove-Item Env:RAPPORT_CLOCK_OFFSET_DAYS
}

if ($failed.Count -eq 0) {
    Write-Rapport 'all checks passed'
    exit 0
}
Write-Rapport "FAILED: $($failed -join ', ')"
if ($failed.Count -eq 1 -and $pytestStatus -ne 0) { exit $pytestStatus }
exit 1
