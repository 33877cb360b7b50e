# Generates the tricheck-cli(1) man page from the program's own --help, so the page follows the
# CLI as commands are added:
#   cmake -DCLI=path/to/tricheck-cli -DHELP2MAN=help2man -DGZIP=gzip -DINCLUDE=tricheck-cli.h2m
#         -DOUTPUT=tricheck-cli.1.gz -P manpage.cmake
# help2man turns the top-level --help into the page; this script adds a COMMANDS IN DETAIL section
# with each command's own --help (the exit-status table, shared by all, is printed once only).
foreach(var CLI HELP2MAN GZIP INCLUDE OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: -D${var}=... is required")
    endif()
endforeach()

# The page is written in English whatever the builder's locale; SOURCE_DATE_EPOCH, when set,
# makes help2man's date reproducible.
set(ENV{LANG} C.UTF-8)
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANGUAGE} "")

execute_process(COMMAND "${CLI}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: '${CLI} --help' failed (${rc})")
endif()

# Command names: the indented words of the "Commands:" block, up to its first empty line.
string(REPLACE "\n" ";" lines "${help}")
set(commands "")
set(in_commands FALSE)
foreach(line IN LISTS lines)
    if(line STREQUAL "Commands:")
        set(in_commands TRUE)
    elseif(in_commands AND line STREQUAL "")
        break()
    elseif(in_commands AND line MATCHES "^  ([a-z][a-z0-9-]*)  ")
        list(APPEND commands "${CMAKE_MATCH_1}")
    endif()
endforeach()

function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    # A line starting with . or ' would be read as a roff request.
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

file(READ "${INCLUDE}" include_text)
set(details "")
foreach(command IN LISTS commands)
    execute_process(COMMAND "${CLI}" ${command} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "manpage.cmake: '${CLI} ${command} --help' failed (${rc})")
    endif()
    # Drop the usage line (it names the program as invoked) and the shared exit-status table.
    string(REGEX REPLACE "^Usage:[^\n]*\n" "" text "${text}")
    string(REGEX REPLACE "\nExit status:.*$" "" text "${text}")
    string(STRIP "${text}" text)
    roff_escape("${text}" text)
    string(APPEND details ".SS \"tricheck-cli ${command}\"\n.nf\n${text}\n.fi\n")
endforeach()
if(details)
    string(APPEND include_text "\n[COMMANDS IN DETAIL]\n${details}")
endif()

get_filename_component(outdir "${OUTPUT}" DIRECTORY)
string(REGEX REPLACE "\\.gz$" "" page "${OUTPUT}")
file(WRITE "${outdir}/tricheck-cli.h2m.generated" "${include_text}")
# help2man knows a second usage line by its "or:"; tricheck-cli aligns it with spaces instead, so
# help2man reads the program through a wrapper that marks it.
set(wrapper "${outdir}/tricheck-cli.help2man.sh")
file(WRITE "${wrapper}" "#!/bin/sh\n'${CLI}' \"$@\" | sed 's/^       tricheck-cli /   or: tricheck-cli /'\n")
file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
execute_process(
    COMMAND "${HELP2MAN}" --no-info --section=1 --source=TriCheck "--manual=User Commands"
            "--include=${outdir}/tricheck-cli.h2m.generated" "--output=${page}" "${wrapper}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: help2man failed (${rc})")
endif()
# -n: no name or timestamp in the gzip header (reproducible; lintian checks it).
execute_process(COMMAND "${GZIP}" -9nf "${page}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: gzip failed (${rc})")
endif()
