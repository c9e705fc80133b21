#!/usr/bin/env pwsh
# Thin wrapper over the same dotnet commands the README and .ci/run use.
#   ./build.ps1            restore and build
#   ./build.ps1 test       run all tests
#   ./build.ps1 run        run the web app on content/
#   ./build.ps1 validate   check content/ with `kb validate`
param(
    [ValidateSet('restore', 'build', 'test', 'run', 'validate')]
    [string] $Task = 'build'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

switch ($Task) {
    'restore'  { Invoke-Dotnet restore KnowledgeBase.sln }
    'build'    { Invoke-Dotnet build KnowledgeBase.sln }
    'test'     { Invoke-Dotnet test KnowledgeBase.sln }
    'run'      { Invoke-Dotnet run --project src/KnowledgeBase.Web }
    'validate' { Invoke-Dotnet run --project src/KnowledgeBase.Cli -- validate }
}
