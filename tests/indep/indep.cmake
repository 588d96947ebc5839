# tests/indep's shell checks (included from CMakeLists.txt with the tests):
#   indep.modes    every language mode, with gcc/clang/g++/clang++, against the
#                  built library (tests/indep/modes.sh, modes-use.c)
#   indep.version  one version in the headers, fdk_version(), CMakeLists.txt,
#                  the .so's name and SONAME, fdkit.pc and fdkitConfigVersion.cmake
# Both skip (77) where a tool they need is missing, and never run under a
# cross build (they build for the host) nor in a sanitizer build (its
# archive needs the sanitizer runtime).
if(NOT CMAKE_CROSSCOMPILING AND NOT FDKIT_SANITIZE_FLAGS)
    add_test(NAME indep.modes
        COMMAND sh "${PROJECT_SOURCE_DIR}/tests/indep/modes.sh" "${PROJECT_SOURCE_DIR}"
                "$<TARGET_FILE:fdkit_static>" "$<TARGET_FILE:fdkit>")
    add_test(NAME indep.version
        COMMAND sh "${PROJECT_SOURCE_DIR}/tests/indep/version.sh" "${PROJECT_SOURCE_DIR}"
                "${PROJECT_BINARY_DIR}" "${CMAKE_C_COMPILER}" "${CMAKE_COMMAND}")
    set_tests_properties(indep.modes indep.version PROPERTIES
        SKIP_RETURN_CODE 77 TIMEOUT 60 LABELS indep)
endif()
