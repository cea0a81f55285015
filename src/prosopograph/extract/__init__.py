"""extract: facts made from dated, resolved sentences — events now, relations and claims later."""
