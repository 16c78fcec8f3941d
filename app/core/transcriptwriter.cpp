#include "transcriptwriter.h"
