# Writes CMake's own NSIS installer template, changed so that people without administrator rights
# can install TriCheck for themselves:
#   * RequestExecutionLevel admin -> highest: an administrator is still asked to elevate and gets
#     the machine-wide install (Program Files, HKLM, all users' Start menu); a standard user is not
#     asked for a password and the template's existing "just me" branch installs for that user only
#     (HKCU uninstall entry, the user's Start menu);
#   * the "just me" default folder $DOCUMENTS\TriCheck -> $LOCALAPPDATA\Programs\TriCheck, where
#     Windows keeps per-user programs.
# CPack finds the result through CPACK_MODULE_PATH. Used two ways:
#   include() from cpack-windows.cmake with TRICHECK_NSIS_TEMPLATE_DIR set (configure time), and
#   cmake -DTRICHECK_NSIS_TEMPLATE_DIR=dir -P nsis-template.cmake (the CTest check nsis_template,
#   which proves on Linux that the edits still apply to the CMake in use).
if(NOT TRICHECK_NSIS_TEMPLATE_DIR)
    message(FATAL_ERROR "nsis-template.cmake: set TRICHECK_NSIS_TEMPLATE_DIR")
endif()
set(_nsis_in "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
if(NOT EXISTS "${_nsis_in}")
    message(FATAL_ERROR "nsis-template.cmake: CMake's NSIS template is not at ${_nsis_in}")
endif()
file(READ "${_nsis_in}" _nsis)

set(_edits
    "RequestExecutionLevel admin" "RequestExecutionLevel highest"
    "StrCpy $INSTDIR \"$DOCUMENTS\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\""
    "StrCpy $INSTDIR \"$LOCALAPPDATA\\Programs\\@CPACK_PACKAGE_INSTALL_DIRECTORY@\"")
list(LENGTH _edits _count)
math(EXPR _last "${_count} - 1")
foreach(_i RANGE 0 ${_last} 2)
    math(EXPR _j "${_i} + 1")
    list(GET _edits ${_i} _from)
    list(GET _edits ${_j} _to)
    string(FIND "${_nsis}" "${_from}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "nsis-template.cmake: '${_from}' is no longer in ${_nsis_in}; "
                            "review the per-user install edits for this CMake version")
    endif()
    string(REPLACE "${_from}" "${_to}" _nsis "${_nsis}")
endforeach()

file(WRITE "${TRICHECK_NSIS_TEMPLATE_DIR}/NSIS.template.in" "${_nsis}")
