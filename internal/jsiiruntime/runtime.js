// Starts the estate's jsii kernel (program.js beside this file), which serves
// the jsii protocol on stdin and stdout. Whatever JavaScript writes to stdout
// goes to stderr instead, encoded as the standard runtime's relay encodes it
// ({"stdout": <base64>}, which the Go runtime prints on its own stdout), so
// that it can never mix with the protocol's replies.
"use strict";
const { Writable } = require("stream");
const relay = new Writable({
  write(chunk, _encoding, done) {
    process.stderr.write(JSON.stringify({ stdout: chunk.toString("base64") }) + "\n");
    done();
  },
});
Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, get: () => relay });
require("./program.js");
