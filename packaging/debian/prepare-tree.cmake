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
# The changelog's entry: this version, its release date, and whoever built the package.
if(NOT CPACK_DEBIAN_PACKAGE_MAINTAINER)
    message(FATAL_ERROR "no Maintainer: pass -D CPACK_DEBIAN_PACKAGE_MAINTAINER='Name <address>'")
endif()
execute_process(COMMAND date -R -u -d "${DEBRIEF_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE DEBRIEF_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(DEBRIEF_DEBIAN_VERSION "${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
configure_file("${DEBRIEF_DEBIAN_DIR}/changelog.in" "${doc}/changelog.Debian" @ONLY)

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
