# Sets up and starts Rapport on Windows (the PowerShell twin of scripts/run):
#   scripts\run.ps1 --demo
# Arguments go to main.py unchanged. Qt on Windows needs no system libraries.
. (Join-Path $PSScriptRoot '_setup.ps1')

Initialize-Venv 'postgres'  # the driver for shared workspaces on a team server
Set-Location $RepoRoot
& $VenvPy main.py @args
exit $LASTEXITCODE
