# `cpack -G DEB` in the build folder: entente_<version>_<arch>.deb for /usr,
# its Depends found by dpkg-shlibdeps from the libraries the executable links
# (Graphviz's libgvc and libcgraph, fmt, zlib, the C++ runtime; Boost.Graph
# is headers only).
set(CPACK_PACKAGE_NAME entente)
set(CPACK_PACKAGE_VENDOR entente)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION [[entente reads a dataset of events between actors (states, organisations,
groups), each with a CAMEO code and a Goldstein weight, and analyses it for
alliances, ruptures and shifts across eras such as presidencies: metrics,
structural balance, blocs, comparisons of eras, drawings and a report. It
imports GDELT, ICEWS and Correlates of War files, and comes with a dataset of
Ecuador's foreign relations.]])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "entente developers")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
include(CPack)
