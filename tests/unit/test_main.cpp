// The test module's entry point; each test_*.cpp adds its suites.
#define BOOST_TEST_MODULE entente
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
