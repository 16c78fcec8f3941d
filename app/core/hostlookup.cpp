#include "hostlookup.h"
