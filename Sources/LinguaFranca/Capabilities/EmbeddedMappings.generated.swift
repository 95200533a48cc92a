// swift-format-ignore-file
// Generated from Mappings/*.json by EmbeddedMappingsTests. Do not edit: change Mappings/ and run
// UPDATE_EMBEDDED_MAPPINGS=1 swift test --filter EmbeddedMappingsTests

/// The capability tables of `Mappings/`, compiled into the library.
enum EmbeddedMappings {
    static let files: [(name: String, contents: StaticString)] = [
        (
            "anthropic.json",
            #"""
{
  "id": "anthropic",
  "name": "Anthropic Messages API",
  "api": {"family": "anthropic-messages", "version": "2023-06-01"},
  "docs": [
    "Anthropic API reference 'Messages' and the anthropic-sdk-python types (message_create_params, message, usage, stop_reason, tool_choice_*, raw_*_event), summarised in ../shared/research/native-formats.md §C; re-checked 2026-12-01 against docs.claude.com and platform.claude.com pages 'HTTP errors' (status per error type, 413 request_too_large, 529 overloaded_error, request_id in the body) and 'Structured outputs' (output_config.format with type json_schema, generally available; the older output_format beta is not used).",
    "Mapping details, extensions and decisions: Mappings/anthropic.md.",
    "max_tokens is required by the API; the table's default (4096) is what models of every generation accept. Raise it per model with an override when longer answers are wanted.",
    "temperature: Anthropic accepts 0..1 (OpenAI 0..2); values above 1 are clamped.",
    "Decision: the reasoning_effort → thinking budget table (values.thinking_budget_tokens) is this project's choice, not Anthropic's: 1024 is the documented minimum budget; the other levels grow by about 4×. 'none' sends thinking disabled.",
    "No n, logit_bias, logprobs/top_logprobs, presence/frequency penalties or seed in the Messages API; OpenAI metadata (stored key-value pairs), store, prediction, audio and the prompt cache parameters have no native twin (Anthropic caches by cache_control blocks, which pass through as extension members).",
    "timeout_error is in the SDK's error enum but not in the 'HTTP errors' page; its status (504) is an assumption."
  ],
  "baseURL": "https://api.anthropic.com",
  "auth": {"header": "x-api-key"},
  "endpoints": {
    "chat": {
      "method": "POST", "path": "/v1/messages",
      "headers": {"anthropic-version": "2023-06-01"},
      "stream": {"framing": "sse-named"}
    }
  },
  "features": {
    "tools": true,
    "parallelToolCalls": true,
    "vision": true,
    "audio": false,
    "files": true,
    "jsonObject": false,
    "jsonSchema": true,
    "systemRole": "top-level",
    "streaming": true,
    "streamUsage": true,
    "multipleChoices": false,
    "logprobs": false,
    "legacyFunctions": "convert"
  },
  "parameters": {
    "chat": {
      "max_tokens": {"action": "pass", "default": 4096},
      "max_completion_tokens": {"action": "rename", "to": "max_tokens"},
      "temperature": {"action": "pass", "clamp": {"min": 0, "max": 1}},
      "stop": {"action": "rename", "to": "stop_sequences", "convert": "string-to-array"},
      "user": {"action": "rename", "to": "metadata.user_id"},
      "safety_identifier": {"action": "rename", "to": "metadata.user_id"},
      "service_tier": {"action": "pass", "values": {"auto": "auto", "default": "standard_only"}},
      "logit_bias": {"action": "drop", "reason": "Anthropic has no logit bias"},
      "presence_penalty": {"action": "drop", "reason": "Anthropic has no presence penalty", "keep": [0]},
      "frequency_penalty": {"action": "drop", "reason": "Anthropic has no frequency penalty", "keep": [0]},
      "seed": {"action": "drop", "reason": "Anthropic has no seed"},
      "store": {"action": "drop", "reason": "Anthropic does not store completions", "keep": [false]},
      "metadata": {"action": "drop", "reason": "Anthropic's metadata holds only user_id"},
      "prediction": {"action": "drop", "reason": "Anthropic has no predicted outputs"},
      "modalities": {"action": "drop", "reason": "Anthropic answers in text only", "keep": [["text"]]},
      "prompt_cache_key": {"action": "drop", "reason": "Anthropic caches by cache_control blocks, not by key"},
      "prompt_cache_retention": {"action": "drop", "reason": "Anthropic sets cache lifetimes per cache_control block"},
      "verbosity": {"action": "drop", "reason": "Anthropic has no verbosity setting"},
      "web_search_options": {"action": "drop", "reason": "Anthropic's web search is a server tool, not a request option"}
    }
  },
  "values": {
    "finish_reason": {
      "end_turn": "stop",
      "stop_sequence": "stop",
      "pause_turn": "stop",
      "max_tokens": "length",
      "model_context_window_exceeded": "length",
      "tool_use": "tool_calls",
      "refusal": "content_filter"
    },
    "native_finish_reason": {
      "stop": "end_turn",
      "length": "max_tokens",
      "tool_calls": "tool_use",
      "function_call": "tool_use",
      "content_filter": "refusal"
    },
    "thinking_budget": {
      "minimal": "1024",
      "low": "2048",
      "medium": "8192",
      "high": "16384",
      "xhigh": "32000"
    },
    "error_type": {
      "invalid_request_error": "invalid_request_error",
      "authentication_error": "authentication_error",
      "billing_error": "insufficient_quota",
      "permission_error": "permission_error",
      "not_found_error": "not_found_error",
      "request_too_large": "invalid_request_error",
      "rate_limit_error": "rate_limit_error",
      "api_error": "server_error",
      "timeout_error": "timeout",
      "overloaded_error": "server_error"
    },
    "error_status": {
      "invalid_request_error": "400",
      "authentication_error": "401",
      "billing_error": "402",
      "permission_error": "403",
      "not_found_error": "404",
      "request_too_large": "413",
      "rate_limit_error": "429",
      "api_error": "500",
      "timeout_error": "504",
      "overloaded_error": "529"
    }
  }
}
"""#
        ),
        (
            "gemini.json",
            #"""
{
  "id": "gemini",
  "name": "Google Gemini API",
  "api": {"family": "gemini-generate-content", "version": "v1beta"},
  "docs": [
    "Gemini API reference (generativelanguage v1beta: models.generateContent, models.streamGenerateContent, models.embedContent, models.batchEmbedContents, Content/Part, GenerationConfig, ThinkingConfig, Tool/FunctionDeclaration, ToolConfig, UsageMetadata, FinishReason, BlockReason) and the googleapis/python-genai types, summarised in ../shared/research/native-formats.md §D; re-checked 2026-12-01.",
    "Mapping details, extensions and decisions: Mappings/gemini.md.",
    "Streaming: ?alt=sse gives data-only Server-Sent Events with no end marker; without it the body is one JSON array that arrives in pieces. usageMetadata is cumulative on every element.",
    "temperature: Gemini accepts 0..2, as OpenAI.",
    "Decision: the reasoning_effort → thinkingBudget table (values.thinking_budget) is this project's choice: 0 turns thinking off on models that allow it (2.5 Flash); 24576 is the 2.5 Flash maximum. Gemini 3 models also take thinkingLevel, which decode maps and encode does not send.",
    "Decision: logprobs/top_logprobs are dropped: Gemini's logprobsResult has another shape, not translated yet.",
    "Errors: google.rpc Status bodies ({error: {code, message, status, details}}); the status ↔ HTTP code pairs are the canonical google.rpc.Code mapping."
  ],
  "baseURL": "https://generativelanguage.googleapis.com",
  "auth": {"header": "x-goog-api-key"},
  "endpoints": {
    "chat": {
      "method": "POST", "path": "/v1beta/models/{model}:generateContent",
      "stream": {"framing": "sse", "path": "/v1beta/models/{model}:streamGenerateContent?alt=sse"}
    },
    "embeddings": {"method": "POST", "path": "/v1beta/models/{model}:embedContent"}
  },
  "features": {
    "tools": true,
    "parallelToolCalls": true,
    "vision": true,
    "audio": true,
    "files": true,
    "jsonObject": true,
    "jsonSchema": true,
    "systemRole": "top-level",
    "streaming": true,
    "streamUsage": true,
    "multipleChoices": true,
    "logprobs": false,
    "legacyFunctions": "convert",
    "embeddings": {"input": "batch", "formats": ["float", "base64"], "dimensions": true}
  },
  "parameters": {
    "chat": {
      "temperature": {"action": "rename", "to": "generationConfig.temperature", "clamp": {"min": 0, "max": 2}},
      "top_p": {"action": "rename", "to": "generationConfig.topP"},
      "max_completion_tokens": {"action": "rename", "to": "generationConfig.maxOutputTokens"},
      "max_tokens": {"action": "rename", "to": "generationConfig.maxOutputTokens"},
      "stop": {"action": "rename", "to": "generationConfig.stopSequences", "convert": "string-to-array"},
      "n": {"action": "rename", "to": "generationConfig.candidateCount"},
      "presence_penalty": {"action": "rename", "to": "generationConfig.presencePenalty"},
      "frequency_penalty": {"action": "rename", "to": "generationConfig.frequencyPenalty"},
      "seed": {"action": "rename", "to": "generationConfig.seed"},
      "logit_bias": {"action": "drop", "reason": "Gemini has no logit bias"},
      "user": {"action": "drop", "reason": "Gemini requests carry no end-user id"},
      "safety_identifier": {"action": "drop", "reason": "Gemini requests carry no end-user id"},
      "metadata": {"action": "drop", "reason": "Gemini does not store completions"},
      "store": {"action": "drop", "reason": "Gemini does not store completions", "keep": [false]},
      "service_tier": {"action": "drop", "reason": "Gemini has no service tier parameter"},
      "prediction": {"action": "drop", "reason": "Gemini has no predicted outputs"},
      "audio": {"action": "drop", "reason": "audio output is not translated"},
      "modalities": {"action": "drop", "reason": "response modalities are not translated", "keep": [["text"]]},
      "verbosity": {"action": "drop", "reason": "Gemini has no verbosity setting"},
      "web_search_options": {"action": "drop", "reason": "Gemini's search is the googleSearch tool, not a request option"},
      "prompt_cache_key": {"action": "drop", "reason": "Gemini caches by cachedContent, not by key"},
      "prompt_cache_retention": {"action": "drop", "reason": "Gemini caches by cachedContent"}
    },
    "embeddings": {
      "user": {"action": "drop", "reason": "Gemini embeddings carry no end-user id"}
    }
  },
  "values": {
    "finish_reason": {
      "STOP": "stop",
      "MAX_TOKENS": "length",
      "SAFETY": "content_filter",
      "RECITATION": "content_filter",
      "BLOCKLIST": "content_filter",
      "PROHIBITED_CONTENT": "content_filter",
      "SPII": "content_filter",
      "IMAGE_SAFETY": "content_filter",
      "IMAGE_PROHIBITED_CONTENT": "content_filter",
      "IMAGE_RECITATION": "content_filter"
    },
    "native_finish_reason": {
      "stop": "STOP",
      "tool_calls": "STOP",
      "function_call": "STOP",
      "length": "MAX_TOKENS",
      "content_filter": "SAFETY"
    },
    "thinking_budget": {
      "none": "0",
      "minimal": "512",
      "low": "1024",
      "medium": "8192",
      "high": "24576",
      "xhigh": "32768"
    },
    "thinking_level": {
      "MINIMAL": "minimal",
      "LOW": "low",
      "MEDIUM": "medium",
      "HIGH": "high"
    },
    "error_type": {
      "INVALID_ARGUMENT": "invalid_request_error",
      "FAILED_PRECONDITION": "invalid_request_error",
      "UNAUTHENTICATED": "authentication_error",
      "PERMISSION_DENIED": "permission_error",
      "NOT_FOUND": "not_found_error",
      "RESOURCE_EXHAUSTED": "rate_limit_error",
      "CANCELLED": "server_error",
      "INTERNAL": "server_error",
      "UNAVAILABLE": "server_error",
      "DEADLINE_EXCEEDED": "timeout"
    },
    "error_status": {
      "INVALID_ARGUMENT": "400",
      "FAILED_PRECONDITION": "400",
      "UNAUTHENTICATED": "401",
      "PERMISSION_DENIED": "403",
      "NOT_FOUND": "404",
      "RESOURCE_EXHAUSTED": "429",
      "CANCELLED": "499",
      "INTERNAL": "500",
      "UNAVAILABLE": "503",
      "DEADLINE_EXCEEDED": "504"
    }
  }
}
"""#
        ),
        (
            "generic-openai.json",
            #"""
{
  "id": "generic-openai",
  "name": "Generic OpenAI-compatible server",
  "api": {"family": "openai-chat", "version": "v1"},
  "docs": [
    "Permissive preset (written 2026-11-23) for any server that speaks the OpenAI wire format: every parameter passes, every feature is on, the usual /v1 paths, Bearer auth. It assumes nothing about the server, so the server itself reports what it does not accept.",
    "No baseURL: the server address is the embedding application's to supply, or set baseURL in a copy.",
    "To add a provider: copy this file to Mappings/<id>.json, set id (equal to the file name), name and baseURL, and replace these lines with the provider's documentation pages and the dates they were read.",
    "Then go through the checklist: base URL with or without /v1 (move the prefix into the paths); auth header and scheme (drop 'scheme' for raw keys); endpoints it lacks (delete them; a missing embeddings endpoint means no embeddings); the model ids it actually serves; system messages (systemRole); image, audio and file parts (vision, audio, files); tools, tool_choice modes (a 'values' map) and parallel_tool_calls; json_object and json_schema; streaming, its framing and end marker, and stream usage; n > 1; logprobs; max_tokens versus max_completion_tokens (a rename); value ranges (clamp); embeddings input batching, encoding formats and dimensions.",
    "For each unsupported parameter add a rule: 'drop' when the server would ignore or mishandle it silently, 'reject' when the server returns an error for it; give a reason either way. Put per-model differences in 'models' overrides and check that overlapping globs never have equal specificity.",
    "Regenerate the embedded copy after editing (see SCHEMA.md), or load the file at run time with CapabilityCatalog.embedded.loading(directory:)."
  ],
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/v1/chat/completions", "stream": {"framing": "sse", "end": "[DONE]"}},
    "embeddings": {"method": "POST", "path": "/v1/embeddings"},
    "completions": {"method": "POST", "path": "/v1/completions", "stream": {"framing": "sse", "end": "[DONE]"}},
    "models": {"method": "GET", "path": "/v1/models"}
  },
  "features": {
    "tools": true,
    "parallelToolCalls": true,
    "vision": true,
    "audio": true,
    "files": true,
    "jsonObject": true,
    "jsonSchema": true,
    "streaming": true,
    "streamUsage": true,
    "multipleChoices": true,
    "logprobs": true,
    "legacyFunctions": "pass",
    "embeddings": {"input": "batch", "formats": ["float", "base64"], "dimensions": true}
  }
}
"""#
        ),
        (
            "openai.json",
            #"""
{
  "id": "openai",
  "name": "OpenAI",
  "api": {"family": "openai-chat", "version": "v1"},
  "docs": [
    "OpenAI API reference, as the openai/openai-openapi spec (CreateChatCompletionRequest, CreateCompletionRequest, CreateEmbeddingRequest), 2026 snapshot summarised in ../shared/research/native-formats.md §H; re-checked 2026-11-23: max_tokens is deprecated in favour of max_completion_tokens and is not compatible with o-series models; developer messages replace system messages for o1 and newer models.",
    "OpenAI reasoning guide (platform.openai.com/docs/guides/reasoning, 'limitations'): not readable in the stored corpus; its facts were taken from the sources below that quote or test it.",
    "community.openai.com/t/1110750 (OpenAI forum, 2025-02): per-model table tested against the API: o1 and o3-mini accept system/developer messages, tools, json_object/json_schema and reasoning_effort; o1-preview and o1-mini accept none of these and no images; o3-mini takes no images; no o-series model takes max_tokens, temperature/top_p, logprobs, penalties or logit_bias.",
    "community.openai.com/t/1025430 (OpenAI announcement, 2024-11): o1-preview and o1-mini support streaming; the same thread shows the 400 errors for system messages, tools, functions and json_schema on those two models.",
    "Observed 400 'unsupported_parameter' errors reported in public issues (2025-04 to 2025-10): stop on o3, o4-mini and gpt-5/gpt-5-mini; parallel_tool_calls on o1, o3-mini, o3 and o4-mini; max_tokens on o4-mini and gpt-5; temperature other than 1 on o4-mini and gpt-5 ('Only the default (1) value is supported'); role 'function' messages on gpt-5-mini; tools on gpt-5-chat-latest (2025-08).",
    "Cross-checked with the capability code of two widely used clients (vercel/ai openai-language-model-capabilities, BerriAI/litellm o-series and gpt-5 configs, read 2026-11-23): reasoning models = o-series and gpt-5 except gpt-5-chat; gpt-5 drops presence/frequency penalties, stop, logit_bias, prediction, audio, web_search_options, logprobs/top_logprobs/top_p.",
    "Decision: the base table is the canonical API and passes everything; legacy functions pass (still accepted by chat models). The values.finish_reason map is omitted: OpenAI's own values are the canonical ones.",
    "Decision: 'o[134]*' covers o1, o3, o4-mini and their dated and -pro/-deep-research variants; systemRole 'developer', legacy functions converted to tools (gpt-5 rejects role 'function'; conversion is lossless for o1/o3-mini too), parallel_tool_calls dropped, temperature/top_p kept only at 1, penalties only at 0, logprobs/top_logprobs/logit_bias/prediction dropped.",
    "Decision (conservative): stop is dropped for all o-series models; it is confirmed rejected by o3 and o4-mini only, unconfirmed for o1 and o3-mini.",
    "Decision: reasoning_effort values for o-series are low/medium/high; 'minimal' (GPT-5 only) and 'none' (GPT-5.1 and later) are rejected there. gpt-5* passes reasoning_effort unchanged because its value set grew over time (minimal, none, xhigh).",
    "Decision (conservative): gpt-5.1 and later accept temperature/top_p/logprobs when reasoning_effort is 'none' (OpenAI 'GPT-5.1 parameter compatibility', as quoted in vercel/ai#10932, 2025-12); a table cannot express that condition, so gpt-5* drops them for every gpt-5.x model. Also not modelled: later gpt-5.x models rejecting function tools together with reasoning_effort in /v1/chat/completions (issues from 2026), gpt-5-search-api's smaller parameter set, and parallel tool calls being unavailable with reasoning_effort 'minimal' (Azure OpenAI reasoning docs, 2025-08).",
    "Decision: gpt-5-chat* (gpt-5-chat-latest) is a non-reasoning chat model: system messages, sampling parameters, stop, logprobs and logit_bias restored; tools off (observed error, 2025-08); reasoning_effort and verbosity dropped (a GPT-5 migration write-up, learnku.com/articles/90544, 2025-08, lists both as accepted by every GPT-5 model except gpt-5-chat-latest; not confirmed by OpenAI's pages). max_tokens stays renamed to max_completion_tokens there: every current chat model accepts max_completion_tokens, and whether gpt-5-chat takes max_tokens is unconfirmed. gpt-5.1-chat-latest and later '-chat' models do not match gpt-5-chat* and are treated as reasoning models (as vercel/ai does).",
    "o1-preview and o1-mini are deprecated by OpenAI; their overrides stay for old logs and proxies."
  ],
  "baseURL": "https://api.openai.com",
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/v1/chat/completions", "stream": {"framing": "sse", "end": "[DONE]"}},
    "embeddings": {"method": "POST", "path": "/v1/embeddings"},
    "completions": {"method": "POST", "path": "/v1/completions", "stream": {"framing": "sse", "end": "[DONE]"}},
    "models": {"method": "GET", "path": "/v1/models"}
  },
  "features": {
    "tools": true,
    "parallelToolCalls": true,
    "vision": true,
    "audio": true,
    "files": true,
    "jsonObject": true,
    "jsonSchema": true,
    "streaming": true,
    "streamUsage": true,
    "multipleChoices": true,
    "logprobs": true,
    "legacyFunctions": "pass",
    "embeddings": {"input": "batch", "formats": ["float", "base64"], "dimensions": true}
  },
  "models": [
    {
      "match": "o[134]*",
      "features": {
        "systemRole": "developer",
        "legacyFunctions": "convert",
        "parallelToolCalls": false,
        "logprobs": false,
        "audio": false
      },
      "parameters": {
        "chat": {
          "max_tokens": {"action": "rename", "to": "max_completion_tokens"},
          "temperature": {"action": "drop", "reason": "reasoning models accept only the default temperature (1)", "keep": [1]},
          "top_p": {"action": "drop", "reason": "reasoning models accept only the default top_p (1)", "keep": [1]},
          "presence_penalty": {"action": "drop", "reason": "reasoning models do not support presence_penalty", "keep": [0]},
          "frequency_penalty": {"action": "drop", "reason": "reasoning models do not support frequency_penalty", "keep": [0]},
          "logprobs": {"action": "drop", "reason": "reasoning models do not return log probabilities"},
          "top_logprobs": {"action": "drop", "reason": "reasoning models do not return log probabilities"},
          "logit_bias": {"action": "drop", "reason": "reasoning models do not support logit_bias"},
          "stop": {"action": "drop", "reason": "o-series models reject stop sequences (confirmed for o3 and o4-mini)"},
          "prediction": {"action": "drop", "reason": "predicted outputs are not supported by reasoning models"},
          "reasoning_effort": {"action": "pass", "values": {"low": "low", "medium": "medium", "high": "high"}}
        }
      }
    },
    {
      "match": "o1-mini*",
      "features": {
        "systemRole": "unsupported",
        "tools": false,
        "vision": false,
        "jsonObject": false,
        "jsonSchema": false
      },
      "parameters": {
        "chat": {
          "reasoning_effort": {"action": "drop", "reason": "o1-mini does not accept reasoning_effort"}
        }
      }
    },
    {
      "match": "o1-preview*",
      "features": {
        "systemRole": "unsupported",
        "tools": false,
        "vision": false,
        "jsonObject": false,
        "jsonSchema": false
      },
      "parameters": {
        "chat": {
          "reasoning_effort": {"action": "drop", "reason": "o1-preview does not accept reasoning_effort"}
        }
      }
    },
    {
      "match": "o3-mini*",
      "features": {"vision": false}
    },
    {
      "match": "gpt-5*",
      "features": {
        "systemRole": "developer",
        "legacyFunctions": "convert",
        "logprobs": false,
        "audio": false
      },
      "parameters": {
        "chat": {
          "max_tokens": {"action": "rename", "to": "max_completion_tokens"},
          "temperature": {"action": "drop", "reason": "GPT-5 reasoning models accept only the default temperature (1)", "keep": [1]},
          "top_p": {"action": "drop", "reason": "GPT-5 reasoning models accept only the default top_p (1)", "keep": [1]},
          "presence_penalty": {"action": "drop", "reason": "GPT-5 reasoning models do not support presence_penalty", "keep": [0]},
          "frequency_penalty": {"action": "drop", "reason": "GPT-5 reasoning models do not support frequency_penalty", "keep": [0]},
          "logprobs": {"action": "drop", "reason": "GPT-5 reasoning models do not return log probabilities"},
          "top_logprobs": {"action": "drop", "reason": "GPT-5 reasoning models do not return log probabilities"},
          "logit_bias": {"action": "drop", "reason": "GPT-5 reasoning models do not support logit_bias"},
          "stop": {"action": "drop", "reason": "GPT-5 reasoning models reject stop sequences"},
          "prediction": {"action": "drop", "reason": "predicted outputs are not supported by GPT-5 models"},
          "web_search_options": {"action": "drop", "reason": "web search options are only for the search models"}
        }
      }
    },
    {
      "match": "gpt-5-chat*",
      "features": {
        "systemRole": "message",
        "tools": false,
        "logprobs": true
      },
      "parameters": {
        "chat": {
          "temperature": {"action": "pass"},
          "top_p": {"action": "pass"},
          "presence_penalty": {"action": "pass"},
          "frequency_penalty": {"action": "pass"},
          "logprobs": {"action": "pass"},
          "top_logprobs": {"action": "pass"},
          "logit_bias": {"action": "pass"},
          "stop": {"action": "pass"},
          "reasoning_effort": {"action": "drop", "reason": "gpt-5-chat is not a reasoning model and does not accept reasoning_effort"},
          "verbosity": {"action": "drop", "reason": "gpt-5-chat does not accept verbosity"}
        }
      }
    }
  ]
}
"""#
        ),
        (
            "timeweb-openai.json",
            #"""
{
  "id": "timeweb-openai",
  "name": "Timeweb Cloud AI agents (OpenAI-compatible)",
  "api": {"family": "openai-chat", "version": "v1"},
  "docs": [
    "Timeweb Cloud 'OpenAI-совместимый API' (timeweb.cloud/docs/ai-agents/api-usage/openai-compatible-api), summarised in ../shared/research/compat-endpoints.md (late 2025); the stored copy read 2026-11-23 shows only the introduction. Facts: no /v1/embeddings, Responses, fine-tuning, images, audio endpoints (audio messages inside chat excepted), files or assistants; the request's model is ignored and the agent's configured model is used; other parameters depend on that model (what the agent dashboard offers for it); the agent's prompt applies when the request has none; chat parameters model, messages, temperature, max_tokens, stream; for gpt-5 models max_completion_tokens replaces max_tokens and sending temperature is an error; roles user, assistant, system; full history in every request.",
    "Timeweb Cloud 'Поддерживаемые типы API' (timeweb.cloud/docs/ai-agents/api-usage/types-of-api, read 2026-11-23): example POST https://api.timeweb.cloud/api/v1/cloud-ai/agents/{agent_id}/v1/chat/completions with Bearer token and body model/messages/temperature/max_tokens/stream; response choices[].message and usage.",
    "Path and host: the current openai-compatible-api.md page names agent.timeweb.cloud as Timeweb's agent API host, and public client code (2025-2026) calls https://agent.timeweb.cloud/api/v1/cloud-ai/agents/<access id>/v1/chat/completions; api.timeweb.cloud with the same path appears in the types-of-api example. {agent_id} is the agent's access id (UUID) from its dashboard, taken from the agent_id provider setting.",
    "Auth: 'Authorization: Bearer <token>' for agents with a private API type; public agents need no token.",
    "Text completions (/v1/completions) are documented as deprecated, kept for backward compatibility: prompt, model (ignored), max_tokens, temperature, top_p, n (ignored), stream; logprobs, echo, stop, presence_penalty, frequency_penalty, best_of and user are 'partially supported, mostly for compatibility' and pass here (accepted, effect not guaranteed).",
    "Decision: model passes instead of being dropped: the server ignores it, and a drop rule would add a report entry to every request. It also selects this table's model overrides, so callers should send the agent's configured model name (for example gpt-5-nano) to get the gpt-5* rules.",
    "Decision (conservative): chat parameters other than the five documented ones are dropped with the reason 'depends on the agent's model; not documented'; tools, response_format JSON modes, n > 1, logprobs, stream usage and parallel tool calls are off as features. max_completion_tokens is renamed to max_tokens except for gpt-5*.",
    "Decision (conservative): vision, audio and files are off. Timeweb's own OpenAPI (as mirrored by a third party) shows image_url and input_audio parts on the chat endpoint, and the compatibility page allows audio messages in chat, but support depends on the agent's model; enable them in a copy of this table for an agent whose model takes them.",
    "Not included: /v1/models and /v1/responses under the agent path, seen only in third-party code. Streaming: an OpenAI-style SSE stream ending with '[DONE]' is assumed, not confirmed by Timeweb's pages."
  ],
  "baseURL": "https://agent.timeweb.cloud",
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/api/v1/cloud-ai/agents/{agent_id}/v1/chat/completions",
             "stream": {"framing": "sse", "end": "[DONE]"}},
    "completions": {"method": "POST", "path": "/api/v1/cloud-ai/agents/{agent_id}/v1/completions",
                    "stream": {"framing": "sse", "end": "[DONE]"}}
  },
  "features": {
    "tools": false,
    "parallelToolCalls": false,
    "vision": false,
    "audio": false,
    "files": false,
    "jsonObject": false,
    "jsonSchema": false,
    "systemRole": "message",
    "streaming": true,
    "streamUsage": false,
    "multipleChoices": false,
    "logprobs": false,
    "legacyFunctions": "convert"
  },
  "parameters": {
    "chat": {
      "model": {"action": "pass"},
      "max_completion_tokens": {"action": "rename", "to": "max_tokens"},
      "top_p": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "stop": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "presence_penalty": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "frequency_penalty": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "logit_bias": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "logprobs": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "top_logprobs": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "seed": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "stream_options": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "reasoning_effort": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "verbosity": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "service_tier": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "store": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "metadata": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "prediction": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "web_search_options": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "audio": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "user": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "safety_identifier": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "prompt_cache_key": {"action": "drop", "reason": "depends on the agent's model; not documented"},
      "prompt_cache_retention": {"action": "drop", "reason": "depends on the agent's model; not documented"}
    },
    "completions": {
      "model": {"action": "pass"},
      "n": {"action": "drop", "reason": "ignored by the endpoint: one completion is returned", "keep": [1]},
      "suffix": {"action": "drop", "reason": "not documented for this endpoint"},
      "seed": {"action": "drop", "reason": "not documented for this endpoint"},
      "logit_bias": {"action": "drop", "reason": "not documented for this endpoint"},
      "stream_options": {"action": "drop", "reason": "not documented for this endpoint"}
    }
  },
  "models": [
    {
      "match": "gpt-5*",
      "parameters": {
        "chat": {
          "max_tokens": {"action": "rename", "to": "max_completion_tokens"},
          "max_completion_tokens": {"action": "pass"},
          "temperature": {"action": "reject", "reason": "Timeweb documents that sending temperature to a gpt-5 agent is an error"}
        }
      }
    }
  ]
}
"""#
        ),
        (
            "timeweb.json",
            #"""
{
  "id": "timeweb",
  "name": "Timeweb Cloud AI agents (native /call)",
  "api": {"family": "timeweb-agent", "version": "v1"},
  "docs": [
    "Timeweb Cloud AI agents native API (timeweb.cloud docs ai-agents/api-usage/types-of-api and native-api; the agent-client OpenAPI's AgentCallDto / AgentCallResponseDto), summarised in ../shared/research/native-formats.md §A; re-checked 2026-12-01.",
    "Mapping details and the thread policies: Mappings/timeweb.md.",
    "Request {message, parent_message_id}; response {message, id, response_id, finish_reason}; no model, sampling, tools, images, stream or usage. The agent's settings (model, temperature, top_p, max_tokens, penalties, system prompt) are set by a separate management request, so per-call values cannot be sent: rejected here (strict: an error).",
    "{agent_id} is the agent's access id (UUID) from its dashboard, from the agent_id provider setting.",
    "finish_reason: present in the DTO, values not documented; 'stop' and 'length' map to themselves, anything else to stop (reported)."
  ],
  "baseURL": "https://api.timeweb.cloud",
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/api/v1/cloud-ai/agents/{agent_id}/call"}
  },
  "features": {
    "tools": false,
    "parallelToolCalls": false,
    "vision": false,
    "audio": false,
    "files": false,
    "jsonObject": false,
    "jsonSchema": false,
    "systemRole": "top-level",
    "streaming": true,
    "streamUsage": false,
    "multipleChoices": false,
    "logprobs": false,
    "legacyFunctions": "convert"
  },
  "parameters": {
    "chat": {
      "temperature": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "top_p": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "max_tokens": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "max_completion_tokens": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "presence_penalty": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "frequency_penalty": {"action": "reject", "reason": "set in the agent's settings, not per call"},
      "stop": {"action": "drop", "reason": "the agent API has no stop sequences"},
      "seed": {"action": "drop", "reason": "the agent API has no seed"},
      "logit_bias": {"action": "drop", "reason": "the agent API has no logit bias"},
      "user": {"action": "drop", "reason": "the agent API carries no end-user id"},
      "safety_identifier": {"action": "drop", "reason": "the agent API carries no end-user id"},
      "metadata": {"action": "drop", "reason": "the agent API stores no completions"},
      "store": {"action": "drop", "reason": "the agent API stores no completions", "keep": [false]},
      "service_tier": {"action": "drop", "reason": "the agent API has no service tiers"},
      "prediction": {"action": "drop", "reason": "the agent API has no predicted outputs"},
      "modalities": {"action": "drop", "reason": "the agent answers in text", "keep": [["text"]]},
      "verbosity": {"action": "drop", "reason": "the agent API has no verbosity setting"},
      "web_search_options": {"action": "drop", "reason": "the agent API has no web search option"},
      "reasoning_effort": {"action": "drop", "reason": "set by the agent's model, not per call"},
      "prompt_cache_key": {"action": "drop", "reason": "the agent API has no prompt cache parameters"},
      "prompt_cache_retention": {"action": "drop", "reason": "the agent API has no prompt cache parameters"}
    }
  },
  "values": {
    "finish_reason": {"stop": "stop", "length": "length"},
    "native_finish_reason": {"stop": "stop", "length": "length"},
    "error_type": {
      "bad_request": "invalid_request_error",
      "unauthorized": "authentication_error",
      "forbidden": "permission_error",
      "not_found": "not_found_error",
      "too_many_requests": "rate_limit_error",
      "internal_server_error": "server_error"
    },
    "error_status": {
      "bad_request": "400",
      "unauthorized": "401",
      "forbidden": "403",
      "not_found": "404",
      "too_many_requests": "429",
      "internal_server_error": "500"
    }
  }
}
"""#
        ),
        (
            "yandex-openai.json",
            #"""
{
  "id": "yandex-openai",
  "name": "Yandex AI Studio (OpenAI-compatible)",
  "api": {"family": "openai-chat", "version": "v1"},
  "docs": [
    "Yandex AI Studio 'Compatibility with OpenAI' (yandex-cloud/docs en/ai-studio/concepts/openai-compatibility.md and ru/ twin; the older en/foundation-models/concepts/openai-compatibility.md says the same), read 2026-11-23; summary of the page updated 2025-10-09 in ../shared/research/compat-endpoints.md: Chat Completions only partly compatible; documented chat parameters temperature, max_tokens, stream, response_format (json_schema shown); tools with tool_choice; tool results as role 'tool' with tool_call_id; embeddings for a single string with encoding_format 'float'; models.list supported.",
    "Yandex AI Studio REST reference 'Create chat completion' (yandex-cloud/docs en/ai-studio/chat/createChatCompletion.md, generated from Yandex's OpenAPI, read 2026-11-23): host ai.api.cloud.yandex.net; stop, seed, store, audio, web_search_options, stream_options.include_usage and include_obfuscation marked 'currently not supported'; n, logprobs, top_logprobs, presence/frequency penalties and parallel_tool_calls marked 'not supported by all models'; json_object, json_schema and max_completion_tokens listed.",
    "Native API facts (../shared/research/native-formats.md §B, yandex-cloud/cloudapi protos): temperature range 0..1 (default 0.3); no top_p, stop, penalties, seed, n, logprobs or image parts.",
    "Base URL: https://llm.api.cloud.yandex.net (+ /v1/…) as in the compatibility page's examples. The newer pages say every service is also served at https://ai.api.cloud.yandex.net/v1; switch baseURL when the llm host is retired.",
    "Auth: 'Authorization: Bearer <API key>' (the page's cURL example; a service account's API key). The OpenAI client's 'project' / 'OpenAI-Project' header carries the folder id; it is not set here because header values in a table are fixed strings, so the codec adds it from the folder_id setting if needed.",
    "Model ids carry the folder: gpt://<folder>/<model>/latest (or /rc) for chat, emb://<folder>/text-search-doc/latest and emb://<folder>/text-search-query/latest for embeddings. The codec builds them from the folder_id provider setting when the request names a bare model.",
    "Decision: temperature is clamped to 0..1, the range Yandex documents for its models (OpenAI allows 0..2); the compatibility page itself gives no range.",
    "Decision: max_completion_tokens is renamed to max_tokens, the only length parameter on the compatibility page.",
    "tool_choice: the stored en and ru pages say the values 'auto' and 'none' are supported; the research summary of the 2025-10-09 page records 'auto' and 'first' instead ('first' is not an OpenAI value). Not resolvable from stored copies; 'auto' and 'none' pass (the current text in Yandex's docs repository), and 'required' and named-function choices (objects, which a value map never accepts) count as rejected. The native API has toolChoice.functionName; the compatibility page does not mention forcing a function.",
    "Decision (conservative): parameters missing from the compatibility page are dropped with a reason rather than passed: top_p, penalties, logprobs/top_logprobs, logit_bias, seed, stop, stream_options, store, service_tier, web_search_options, audio, prediction, metadata, user, safety_identifier, prompt cache keys, verbosity, reasoning_effort (the native codec maps reasoning_effort to reasoningOptions.mode; override this table for Yandex-hosted reasoning models). n > 1, parallel_tool_calls, images, files and audio are off as features.",
    "Legacy functions/function_call are converted to tools/tool_choice: only tools are documented.",
    "Streaming: the REST reference says server-sent events; the '[DONE]' end marker is assumed from OpenAI compatibility, not confirmed."
  ],
  "baseURL": "https://llm.api.cloud.yandex.net",
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/v1/chat/completions", "stream": {"framing": "sse", "end": "[DONE]"}},
    "embeddings": {"method": "POST", "path": "/v1/embeddings"},
    "models": {"method": "GET", "path": "/v1/models"}
  },
  "features": {
    "tools": true,
    "parallelToolCalls": false,
    "vision": false,
    "audio": false,
    "files": false,
    "jsonObject": true,
    "jsonSchema": true,
    "systemRole": "message",
    "streaming": true,
    "streamUsage": false,
    "multipleChoices": false,
    "logprobs": false,
    "legacyFunctions": "convert",
    "embeddings": {"input": "single", "formats": ["float"], "dimensions": false}
  },
  "parameters": {
    "chat": {
      "temperature": {"action": "pass", "clamp": {"min": 0, "max": 1}},
      "max_completion_tokens": {"action": "rename", "to": "max_tokens"},
      "tool_choice": {"action": "pass", "values": {"auto": "auto", "none": "none"}},
      "top_p": {"action": "drop", "reason": "not among the parameters the compatibility page supports; Yandex models have no top_p"},
      "presence_penalty": {"action": "drop", "reason": "not on the compatibility page; marked not supported by all models"},
      "frequency_penalty": {"action": "drop", "reason": "not on the compatibility page; marked not supported by all models"},
      "logprobs": {"action": "drop", "reason": "not on the compatibility page; marked not supported by all models"},
      "top_logprobs": {"action": "drop", "reason": "not on the compatibility page; marked not supported by all models"},
      "logit_bias": {"action": "drop", "reason": "not supported by the compatibility endpoint"},
      "seed": {"action": "drop", "reason": "marked currently not supported"},
      "stop": {"action": "drop", "reason": "marked currently not supported; Yandex models have no stop sequences"},
      "stream_options": {"action": "drop", "reason": "include_usage and include_obfuscation are marked currently not supported"},
      "store": {"action": "drop", "reason": "marked currently not supported"},
      "service_tier": {"action": "drop", "reason": "marked currently not supported"},
      "web_search_options": {"action": "drop", "reason": "marked currently not supported"},
      "audio": {"action": "drop", "reason": "marked currently not supported"},
      "prediction": {"action": "drop", "reason": "not on the compatibility page"},
      "metadata": {"action": "drop", "reason": "not on the compatibility page"},
      "user": {"action": "drop", "reason": "not on the compatibility page"},
      "safety_identifier": {"action": "drop", "reason": "not on the compatibility page"},
      "prompt_cache_key": {"action": "drop", "reason": "not on the compatibility page"},
      "prompt_cache_retention": {"action": "drop", "reason": "not on the compatibility page"},
      "verbosity": {"action": "drop", "reason": "not on the compatibility page"},
      "reasoning_effort": {"action": "drop", "reason": "not on the compatibility page (the REST reference limits it to reasoning models)"}
    },
    "embeddings": {
      "user": {"action": "drop", "reason": "not on the compatibility page"}
    }
  }
}
"""#
        ),
        (
            "yandex.json",
            #"""
{
  "id": "yandex",
  "name": "Yandex Foundation Models (native REST)",
  "api": {"family": "yandex-foundation-models", "version": "v1"},
  "docs": [
    "yandex-cloud/cloudapi protos yandex/cloud/ai/foundation_models/v1 (text_common.proto, text_generation_service.proto, embedding_service.proto) and yandex-cloud/docs foundation-models/operations (create-prompt, function-call, async-request), summarised in ../shared/research/native-formats.md §B; re-checked 2026-12-01.",
    "Mapping details, extensions and decisions: Mappings/yandex.md.",
    "REST follows the proto3 JSON mapping: int64 values (maxTokens, usage counts, dim, numTokens) are strings.",
    "temperature 0..1 (default 0.3); no top_p, stop, penalties, seed, n or log probabilities natively; images are not taken.",
    "Streaming: completionOptions.stream on the same URL; the REST body is newline-delimited {\"result\": …} objects, each with the whole text so far (not SSE, no end marker) — observed in clients, not in Yandex's REST reference.",
    "Decision: reasoning_effort none/minimal → DISABLED, low/medium/high → ENABLED_HIDDEN (Yandex has no levels).",
    "Decision: tool results are sent with role 'assistant', as Yandex's documented function-calling example does."
  ],
  "baseURL": "https://llm.api.cloud.yandex.net",
  "auth": {"header": "Authorization", "scheme": "Bearer"},
  "endpoints": {
    "chat": {"method": "POST", "path": "/foundationModels/v1/completion", "stream": {"framing": "ndjson", "text": "cumulative"}},
    "embeddings": {"method": "POST", "path": "/foundationModels/v1/textEmbedding"}
  },
  "features": {
    "tools": true,
    "parallelToolCalls": true,
    "vision": false,
    "audio": false,
    "files": false,
    "jsonObject": true,
    "jsonSchema": true,
    "systemRole": "message",
    "streaming": true,
    "streamUsage": true,
    "multipleChoices": false,
    "logprobs": false,
    "legacyFunctions": "convert",
    "embeddings": {"input": "single", "formats": ["float", "base64"], "dimensions": true}
  },
  "parameters": {
    "chat": {
      "temperature": {"action": "rename", "to": "completionOptions.temperature", "clamp": {"min": 0, "max": 1}},
      "max_completion_tokens": {"action": "rename", "to": "completionOptions.maxTokens", "convert": "number-to-string"},
      "max_tokens": {"action": "rename", "to": "completionOptions.maxTokens", "convert": "number-to-string"},
      "stream": {"action": "rename", "to": "completionOptions.stream"},
      "parallel_tool_calls": {"action": "rename", "to": "parallelToolCalls"},
      "reasoning_effort": {"action": "rename", "to": "completionOptions.reasoningOptions.mode",
                           "values": {"none": "DISABLED", "minimal": "DISABLED", "low": "ENABLED_HIDDEN", "medium": "ENABLED_HIDDEN", "high": "ENABLED_HIDDEN"}},
      "top_p": {"action": "drop", "reason": "Yandex models have no top_p"},
      "stop": {"action": "drop", "reason": "Yandex models have no stop sequences"},
      "seed": {"action": "drop", "reason": "Yandex models have no seed"},
      "presence_penalty": {"action": "drop", "reason": "Yandex models have no presence penalty", "keep": [0]},
      "frequency_penalty": {"action": "drop", "reason": "Yandex models have no frequency penalty", "keep": [0]},
      "logit_bias": {"action": "drop", "reason": "Yandex models have no logit bias"},
      "user": {"action": "drop", "reason": "the native API carries no end-user id"},
      "safety_identifier": {"action": "drop", "reason": "the native API carries no end-user id"},
      "metadata": {"action": "drop", "reason": "the native API stores no completions"},
      "store": {"action": "drop", "reason": "the native API stores no completions", "keep": [false]},
      "service_tier": {"action": "drop", "reason": "the native API has no service tiers"},
      "prediction": {"action": "drop", "reason": "the native API has no predicted outputs"},
      "verbosity": {"action": "drop", "reason": "the native API has no verbosity setting"},
      "web_search_options": {"action": "drop", "reason": "the native API has no web search option"},
      "prompt_cache_key": {"action": "drop", "reason": "the native API has no prompt cache parameters"},
      "prompt_cache_retention": {"action": "drop", "reason": "the native API has no prompt cache parameters"}
    },
    "embeddings": {
      "user": {"action": "drop", "reason": "the native API carries no end-user id"}
    }
  },
  "values": {
    "finish_reason": {
      "ALTERNATIVE_STATUS_FINAL": "stop",
      "ALTERNATIVE_STATUS_TRUNCATED_FINAL": "length",
      "ALTERNATIVE_STATUS_CONTENT_FILTER": "content_filter",
      "ALTERNATIVE_STATUS_TOOL_CALLS": "tool_calls"
    },
    "native_finish_reason": {
      "stop": "ALTERNATIVE_STATUS_FINAL",
      "length": "ALTERNATIVE_STATUS_TRUNCATED_FINAL",
      "content_filter": "ALTERNATIVE_STATUS_CONTENT_FILTER",
      "tool_calls": "ALTERNATIVE_STATUS_TOOL_CALLS",
      "function_call": "ALTERNATIVE_STATUS_TOOL_CALLS"
    },
    "error_type": {
      "INVALID_ARGUMENT": "invalid_request_error",
      "UNAUTHENTICATED": "authentication_error",
      "PERMISSION_DENIED": "permission_error",
      "NOT_FOUND": "not_found_error",
      "RESOURCE_EXHAUSTED": "rate_limit_error",
      "INTERNAL": "server_error",
      "UNAVAILABLE": "server_error",
      "DEADLINE_EXCEEDED": "timeout"
    },
    "error_status": {
      "INVALID_ARGUMENT": "400",
      "UNAUTHENTICATED": "401",
      "PERMISSION_DENIED": "403",
      "NOT_FOUND": "404",
      "RESOURCE_EXHAUSTED": "429",
      "INTERNAL": "500",
      "UNAVAILABLE": "503",
      "DEADLINE_EXCEEDED": "504"
    },
    "grpc_code": {
      "3": "INVALID_ARGUMENT",
      "16": "UNAUTHENTICATED",
      "7": "PERMISSION_DENIED",
      "5": "NOT_FOUND",
      "8": "RESOURCE_EXHAUSTED",
      "13": "INTERNAL",
      "14": "UNAVAILABLE",
      "4": "DEADLINE_EXCEEDED"
    }
  }
}
"""#
        ),
    ]
}
