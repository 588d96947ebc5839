# SPDX-License-Identifier: MIT
#
# Install helpers shared by the top level and tools/: manual pages, and the
# documents each package carries.  With FDKIT_PACKAGE=ON (cmake/packaging.cmake)
# they follow Debian's layout: man pages and changelogs compressed with
# `gzip -9n` (no name, no time: the same bytes on every build), and
# share/doc/<package>/ with a copyright file per package.

# fdkit_install_man(COMPONENT comp FILES page...): install each page (name.N,
# section N) under ${CMAKE_INSTALL_MANDIR}/manN.
function(fdkit_install_man)
    cmake_parse_arguments(ARG "" "COMPONENT" "FILES" ${ARGN})
    foreach(page IN LISTS ARG_FILES)
        get_filename_component(name "${page}" NAME)
        string(REGEX MATCH "\\.([0-9])$" _m "${name}")
        if(NOT CMAKE_MATCH_1)
            message(FATAL_ERROR "fdkit_install_man: ${page} has no section suffix")
        endif()
        set(dest "${CMAKE_INSTALL_MANDIR}/man${CMAKE_MATCH_1}")
        if(FDKIT_PACKAGE)
            set(gz "${PROJECT_BINARY_DIR}/man-gz/${name}.gz")
            add_custom_command(OUTPUT "${gz}"
                COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/man-gz"
                COMMAND gzip -9n -c "${page}" > "${gz}"
                DEPENDS "${page}" VERBATIM)
            list(APPEND _gz "${gz}")
            install(FILES "${gz}" DESTINATION "${dest}" COMPONENT ${ARG_COMPONENT})
        else()
            install(FILES "${page}" DESTINATION "${dest}" COMPONENT ${ARG_COMPONENT})
        endif()
    endforeach()
    if(_gz)
        # one target per call (and component) builds its compressed pages
        string(MAKE_C_IDENTIFIER "man_${ARG_COMPONENT}_${CMAKE_CURRENT_SOURCE_DIR}" tgt)
        add_custom_target(${tgt} ALL DEPENDS ${_gz})
    endif()
endfunction()

# fdkit_install_docs(): LICENSE, CHANGELOG.md and README.md under
# share/doc/fdkit, or in package mode each package's copyright and
# changelog.Debian.gz under share/doc/<package> (the runtime one also
# carries CHANGELOG.md, compressed, as upstream's changelog.gz).
function(fdkit_install_docs)
    if(NOT FDKIT_PACKAGE)
        install(FILES LICENSE CHANGELOG.md README.md
            DESTINATION "${CMAKE_INSTALL_DOCDIR}"
            COMPONENT fdkit_runtime)
        return()
    endif()
    set(out "${PROJECT_BINARY_DIR}/package-docs")
    file(MAKE_DIRECTORY "${out}")
    # The date is the release's, fixed in the source, so packages are reproducible.
    set(FDKIT_DEB_DATE "Fri, 04 Dec 2026 00:00:00 +0000")
    foreach(pair "fdkit_runtime:${CPACK_DEBIAN_FDKIT_RUNTIME_PACKAGE_NAME}"
                 "fdkit_development:${CPACK_DEBIAN_FDKIT_DEVELOPMENT_PACKAGE_NAME}"
                 "fdkit_tools:${CPACK_DEBIAN_FDKIT_TOOLS_PACKAGE_NAME}")
        string(REPLACE ":" ";" pair "${pair}")
        list(GET pair 0 comp)
        list(GET pair 1 FDKIT_DEB_PACKAGE)
        configure_file("${PROJECT_SOURCE_DIR}/packaging/changelog.Debian.in"
            "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian" @ONLY)
        add_custom_command(OUTPUT "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian.gz"
            COMMAND gzip -9n -f -k "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian"
            DEPENDS "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian" VERBATIM)
        set(files "${PROJECT_SOURCE_DIR}/packaging/copyright"
            "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian.gz")
        set(deps "${out}/${FDKIT_DEB_PACKAGE}/changelog.Debian.gz")
        if(comp STREQUAL fdkit_runtime)
            add_custom_command(OUTPUT "${out}/${FDKIT_DEB_PACKAGE}/changelog.gz"
                COMMAND gzip -9n -c "${PROJECT_SOURCE_DIR}/CHANGELOG.md" > "${out}/${FDKIT_DEB_PACKAGE}/changelog.gz"
                DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md" VERBATIM)
            list(APPEND files "${out}/${FDKIT_DEB_PACKAGE}/changelog.gz")
            list(APPEND deps "${out}/${FDKIT_DEB_PACKAGE}/changelog.gz")
        endif()
        add_custom_target(docs_${comp} ALL DEPENDS ${deps})
        # lintian overrides, each with its reason (packaging/lintian/)
        set(overrides "${PROJECT_SOURCE_DIR}/packaging/lintian/${FDKIT_DEB_PACKAGE}")
        if(NOT EXISTS "${overrides}")
            set(overrides "${PROJECT_SOURCE_DIR}/packaging/lintian/common")
        endif()
        install(FILES "${overrides}" RENAME "${FDKIT_DEB_PACKAGE}"
            DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides" COMPONENT ${comp})
        install(FILES ${files} DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/${FDKIT_DEB_PACKAGE}"
            COMPONENT ${comp})
    endforeach()
endfunction()
