# Windows packages: an NSIS installer (.exe) and a portable ZIP. CONFIGURED ONLY: written from the
# CPack, NSIS and windeployqt documentation, not built by CI (see the platform table in docs/packaging.md).
#   installer/windows/build-installer.ps1 builds both on a Windows machine with Qt 6, QtKeychain,
#   OpenSSL 3, NSIS 3 and Visual Studio.
# Silent install:    tricheck-<version>-Windows-AMD64.exe /S [/D=C:\path\to\TriCheck]
#                    (/D must come last, unquoted; elevated: all users, else only the current user)
# Silent uninstall:  "<install dir>\Uninstall.exe" /S
# No file associations: TriCheck opens no document type, so none are registered.

# Executable icon and version resource.
configure_file("${CMAKE_CURRENT_LIST_DIR}/tricheck.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/tricheck.rc" @ONLY)
target_sources(tricheck PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/tricheck.rc")

# Install-time deployment (also run by CPack): Qt DLLs, plugins and catalogues through windeployqt,
# the other DLLs (QtKeychain, OpenSSL) found by file(GET_RUNTIME_DEPENDENCIES), and the MSVC
# runtime copied next to the executables (app-local) by InstallRequiredSystemLibraries.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${_qt_bin}" REQUIRED)
get_filename_component(_openssl_bin "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
# Written quoted into the script: the directories may contain spaces (C:/Program Files/...).
set(TRICHECK_DLL_DIRS "")
foreach(_dir "${_qt_bin}" "${_openssl_bin}")
    string(APPEND TRICHECK_DLL_DIRS " \"${_dir}\"")
endforeach()
configure_file("${CMAKE_CURRENT_LIST_DIR}/deploy-windows.cmake.in"
    "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows.cmake.genex" @ONLY)
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake"
    INPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows.cmake.genex")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# NSIS: per-user install possible (see nsis-template.cmake), Start menu entry, no PATH page.
set(TRICHECK_NSIS_TEMPLATE_DIR "${CMAKE_CURRENT_BINARY_DIR}/nsis")
include("${CMAKE_CURRENT_LIST_DIR}/nsis-template.cmake")
list(APPEND CMAKE_MODULE_PATH "${TRICHECK_NSIS_TEMPLATE_DIR}")
set(CPACK_NSIS_PACKAGE_NAME "TriCheck")
set(CPACK_NSIS_DISPLAY_NAME "TriCheck ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "TriCheck")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/tricheck.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/tricheck.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\tricheck.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "tricheck.exe")
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
