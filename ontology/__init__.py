"""The ontology (kg.ttl), SHACL shapes (shapes.ttl) and example queries (queries/*.rq).

This folder is installed as the package ``kg.ontology`` so that an installed kg
reads them through importlib.resources; edit them here.
"""
