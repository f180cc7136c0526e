# SPDX-FileCopyrightText: 2026 The Debrief authors
# SPDX-License-Identifier: GPL-3.0-or-later

# `cpack -G DEB` (run by `./dev package`): a .deb for Debian 13 from the same install rules as
# every other install. Depends come from the libraries the binary links (dpkg-shlibdeps); what
# Qt loads as plugins at run time cannot be seen that way and is listed by hand.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME debrief)
set(CPACK_PACKAGE_VENDOR "The Debrief authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for incident postmortems")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
if(DEBRIEF_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${DEBRIEF_HOMEPAGE})
endif()
# The Maintainer is whoever builds the package: `./dev package` passes it to cpack
# (-D CPACK_DEBIAN_PACKAGE_MAINTAINER) from DEBFULLNAME and DEBEMAIL, or git's user.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins: the X11 and Wayland platforms, SVG icons, WebP and other screenshots, spelling.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, sonnet6-plugins, hunspell-en-us | hunspell-dictionary, fonts-noto-core")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description, which
# CPack indents (an empty line becomes a paragraph break).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Debrief is a desktop editor for incident postmortems. Pick a template, fill
in each section in Markdown with a live preview, build the timeline of the
incident (also from Slack, Mattermost, PagerDuty and chat logs) and attach
screenshots. A report is one .pmd file that works offline and can be shared
as it is; it exports to Markdown, HTML and a typeset PDF.

The same binary works headless, for scripts and CI.")
# The Debian-only documents (copyright, changelog) and the compressed man page go into the
# staged tree just before it is packed.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/debian/prepare-tree.cmake)
set(DEBRIEF_DEBIAN_DIR ${CMAKE_CURRENT_LIST_DIR}/debian)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_BINARY_DIR}/DebianPackageVars.cmake)
file(WRITE ${CPACK_PROJECT_CONFIG_FILE}
    "set(DEBRIEF_DEBIAN_DIR \"${DEBRIEF_DEBIAN_DIR}\")\n"
    "set(DEBRIEF_RELEASE_DATE \"${DEBRIEF_RELEASE_DATE}\")\n")
include(CPack)
