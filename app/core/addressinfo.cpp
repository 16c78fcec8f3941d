#include "addressinfo.h"
