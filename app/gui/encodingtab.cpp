#include "encodingtab.h"
