import LinguaFranca

let request = try ChatCompletionRequest(jsonBytes: Array(#"{"model":"m","messages":[]}"#.utf8))
print(String(decoding: request.jsonBytes(), as: UTF8.self))
