# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Run by CPack on the staged tree before it packs the .deb: adds what Debian policy asks of
# every package (copyright, a compressed changelog) and compresses the man pages.

file(GLOB_RECURSE staged_usr LIST_DIRECTORIES true "${CPACK_TEMPORARY_DIRECTORY}/*/share")
set(share "")
foreach(dir ${staged_usr})
    if(IS_DIRECTORY "${dir}" AND dir MATCHES "/usr/share$")
        set(share "${dir}")
    endif()
endforeach()
if(share STREQUAL "")
    message(FATAL_ERROR "no usr/share under ${CPACK_TEMPORARY_DIRECTORY}")
endif()

set(doc "${share}/doc/debrief")
file(MAKE_DIRECTORY "${doc}")
file(COPY_FILE "${DEBRIEF_DEBIAN_DIR}/copyright" "${doc}/copyright")
file(COPY_FILE "${DEBRIEF_DEBIAN_DIR}/changelog" "${doc}/changelog.Debian")

file(GLOB pages "${share}/man/man1/*.1")
foreach(file ${pages} "${doc}/changelog.Debian")
    # -n: no name or time stamp inside, so the same tree gives the same package.
    execute_process(COMMAND gzip -9nf "${file}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "gzip ${file} failed")
    endif()
endforeach()
file(CHMOD_RECURSE "${share}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
     DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
     WORLD_READ WORLD_EXECUTE)
