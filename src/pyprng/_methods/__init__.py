"""Front-end methods as mixins, grouped by family (continuous, discrete, ...)."""
