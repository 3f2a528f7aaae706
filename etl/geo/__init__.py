"""French places: the Etalab gazetteer of communes, departments and regions."""
