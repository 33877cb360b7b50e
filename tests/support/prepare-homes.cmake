# Recreates the per-test HOME directories, each with a private (0700) XDG_RUNTIME_DIR.
file(REMOVE_RECURSE "${HOMES}")
string(REPLACE "," ";" _names "${NAMES}")
foreach(name IN LISTS _names)
    file(MAKE_DIRECTORY "${HOMES}/${name}/runtime")
    file(CHMOD "${HOMES}/${name}/runtime" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endforeach()
