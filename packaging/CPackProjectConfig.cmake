# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE, set in CPack.cmake), with CPACK_GENERATOR
# naming the generator that runs. WiX takes the product name (installer title, "Installed apps" / Add or
# Remove Programs) from CPACK_PACKAGE_NAME, which elsewhere is the package name "cronofy-console"; admins
# should see the application's name there. File names are fixed earlier (CPACK_PACKAGE_FILE_NAME) and do
# not change.
if(CPACK_GENERATOR STREQUAL "WIX")
    set(CPACK_PACKAGE_NAME "Cronofy Console")
endif()
