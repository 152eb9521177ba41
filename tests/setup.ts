// A fresh in-memory IndexedDB for every test file, so lib/db and the services run in Node as they do in a page.
import 'fake-indexeddb/auto';
