# SPDX-License-Identifier: MIT
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's description starts with its own synopsis line; without
    # this CPackDeb would put the project's summary in front of it.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
