#!/usr/bin/env node
import { main } from '../dist/bundle/weerbaar.js';

process.exitCode = await main(process.argv);
