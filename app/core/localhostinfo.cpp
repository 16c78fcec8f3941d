#include "localhostinfo.h"
