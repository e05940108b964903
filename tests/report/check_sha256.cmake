# Fails unless FILE's SHA-256 is SHA256: pins a vendored file to the bytes its README names.
# Usage: cmake -DFILE=path -DSHA256=hex -P check_sha256.cmake
file(SHA256 "${FILE}" actual)
if(NOT actual STREQUAL SHA256)
  message(FATAL_ERROR "${FILE}: sha256 ${actual}, pinned ${SHA256}: update vendor/cytoscape/README.md and this "
                      "test together, from the npm tarball")
endif()
