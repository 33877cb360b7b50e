# Builds the Windows packages of TriCheck: the NSIS installer and the portable ZIP.
# CONFIGURED ONLY: this script follows the CMake, CPack, NSIS and windeployqt documentation but has
# not been run by the project's CI, which is Debian-only. Report what breaks.
#
# Needs: Visual Studio 2022 (C++ workload), CMake >= 3.25, Ninja, NSIS >= 3.03 (makensis in PATH),
# Qt >= 6.4 for MSVC x64 (Widgets, Network, Sql, HttpServer, WebSockets, LinguistTools, Svg),
# QtKeychain built against that Qt, OpenSSL 3 (x64).
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-installer.ps1 `
#       -QtDir C:\Qt\6.5.3\msvc2019_64 -KeychainDir C:\deps\qtkeychain -OpenSslDir C:\deps\openssl
#
# Result in build-windows\packages\: tricheck-<version>-Windows-AMD64.exe and .zip.
# Installer flags: /S silent, /D=C:\path (last, unquoted). Run elevated it installs for all users
# under Program Files; run as a standard user it installs for that user only, without a password,
# under %LOCALAPPDATA%\Programs\TriCheck. Silent uninstall: "<install dir>\Uninstall.exe" /S
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$KeychainDir,
    [Parameter(Mandatory = $true)][string]$OpenSslDir,
    [string]$BuildDir = "build-windows"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

# Tests need Unix tools (dbus-run-session, gnome-keyring); packages need none of them.
cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release `
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir" "-DOPENSSL_ROOT_DIR=$OpenSslDir" `
    -DTRICHECK_BUILD_TESTS=OFF -DTRICHECK_BUILD_BENCH=OFF
if ($LASTEXITCODE -ne 0) { throw "configure failed" }
cmake --build $BuildDir
if ($LASTEXITCODE -ne 0) { throw "build failed" }
# CPack installs into a staging tree; the install step runs windeployqt there (deploy-windows.cmake.in).
cpack --config "$BuildDir\CPackConfig.cmake" -G "NSIS;ZIP" -B "$BuildDir\packages"
if ($LASTEXITCODE -ne 0) { throw "cpack failed" }

# Smoke test of the staged tree: the app starts with the deployed plugins and catalogues, shows its
# window for a moment and reports on one JSON line (language: the Windows display language).
$staged = Get-ChildItem "$BuildDir\packages\_CPack_Packages\*\ZIP\*\bin\tricheck.exe" | Select-Object -First 1
if ($staged) {
    & $staged.FullName --selftest | Write-Output
    if ($LASTEXITCODE -ne 0) { throw "tricheck --selftest failed" }
}
Get-ChildItem "$BuildDir\packages\tricheck-*"
