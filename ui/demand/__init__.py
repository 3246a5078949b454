"""The Demand page: the demand log of the business units as a pipeline board."""
