/** The task pane's engine thread (a Web Worker): the engine service, reached through comlink. */
import * as Comlink from 'comlink';
import { EngineService } from './service';

Comlink.expose(new EngineService());
