// The system zlib, for `lingua logs convert` reading .gz logs. The library target does not use it.
#include <zlib.h>
