# macOS package: a drag-and-drop disk image (.dmg) holding tricheck.app, with tricheck-cli inside
# the bundle. CONFIGURED ONLY: written from the CPack and macdeployqt documentation, not built by CI
# (see the platform table in docs/packaging.md). installer/macos/build-dmg.sh builds it on a Mac.
# Install: drag tricheck.app onto Applications (all users; needs an administrator) or into
# ~/Applications (this user only, no password). Scripted:
#   hdiutil attach -nobrowse -quiet tricheck-<version>-Darwin-<arch>.dmg
#   cp -R "/Volumes/TriCheck <version>/tricheck.app" ~/Applications/   (or /Applications/)
#   hdiutil detach "/Volumes/TriCheck <version>"
# No file associations: the bundle declares no document types.

# Bundle icon (Info.plist CFBundleIconFile) copied into Contents/Resources.
set(_icns "${PROJECT_SOURCE_DIR}/resources/icons/tricheck.icns")
target_sources(tricheck PRIVATE "${_icns}")
set_source_files_properties("${_icns}" TARGET_DIRECTORY tricheck PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(tricheck PROPERTIES
    MACOSX_BUNDLE_ICON_FILE tricheck.icns
    MACOSX_BUNDLE_BUNDLE_NAME TriCheck
    MACOSX_BUNDLE_COPYRIGHT "MIT License, the TriCheck developers")

# Install-time deployment (also run by CPack): macdeployqt copies the Qt frameworks, plugins and
# other non-system libraries (QtKeychain, OpenSSL) into the bundle and rewrites load paths for both
# executables; Qt's own catalogues, which macdeployqt leaves out, go to Contents/Resources.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${_qt_bin}" REQUIRED)
execute_process(COMMAND "${_qmake}" -query QT_INSTALL_TRANSLATIONS
    OUTPUT_VARIABLE QT_TRANSLATIONS_DIR OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file("${CMAKE_CURRENT_LIST_DIR}/deploy-macos.cmake.in"
    "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos.cmake" @ONLY)
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos.cmake")

set(CPACK_DMG_VOLUME_NAME "TriCheck ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${_icns}") # the disk image's volume icon
