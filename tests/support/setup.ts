// tsyringe needs the Reflect metadata polyfill loaded once per test worker.
import 'reflect-metadata';
