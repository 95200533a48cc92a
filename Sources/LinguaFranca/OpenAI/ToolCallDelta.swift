/// A piece of a tool call in a streamed chunk: the first piece of a call carries `id`, `type` and the
/// function's name; later pieces carry only `index` and a fragment of `arguments`.
public struct ToolCallDelta: JSONModel {
    /// Which call of the choice this piece belongs to.
    public var index: Int
    /// The call's id, on its first piece.
    public var id: String?
    /// The tool's kind, on its first piece.
    public var type: ToolType?
    /// The function's name and an arguments fragment.
    public var function: FunctionCallDelta?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a tool call piece.
    public init(
        index: Int, id: String? = nil, type: ToolType? = nil, function: FunctionCallDelta? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.index = index
        self.id = id
        self.type = type
        self.function = function
        self.additionalFields = additionalFields
    }

    /// Decodes a tool call piece.
    ///
    /// - Throws: ``TranslationError`` when `index` is missing or a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "tool call object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var index: Int?
        var id: String?
        var type: ToolType?
        var function: FunctionCallDelta?
        while let key = try members.nextKey() {
            switch key {
            case "index": index = try members.decode()
            case "id": id = try members.decode()
            case "type": type = try members.decode()
            case "function": function = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.index = try members.required(index, "index")
        self.id = id
        self.type = type
        self.function = function
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The piece as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("index", index)
        members.encode("id", id)
        members.encode("type", type)
        members.encode("function", function)
    }
}

extension ToolCallDelta: ObjectModel {}

/// A piece of a function invocation in a stream: the name on the first piece, argument text on any.
public struct FunctionCallDelta: JSONModel {
    /// The function's name.
    public var name: String?
    /// A fragment of the arguments text, to be concatenated with the other pieces.
    public var arguments: String?
    /// Members this model does not name, in document order.
    public var additionalFields: JSONObject
    var layout = MemberLayout()

    /// Creates a function invocation piece.
    public init(name: String? = nil, arguments: String? = nil, additionalFields: JSONObject = [:]) {
        self.name = name
        self.arguments = arguments
        self.additionalFields = additionalFields
    }

    /// Decodes a function invocation piece.
    ///
    /// - Throws: ``TranslationError`` when a member has the wrong type.
    public init(json: JSONValue) throws(TranslationError) {
        try self.init(tree: json)
    }

    static let objectName = "function call object"

    init<Source: MemberSource>(members: inout Source) throws(Source.Failure) {
        var name: String?
        var arguments: String?
        while let key = try members.nextKey() {
            switch key {
            case "name": name = try members.decode()
            case "arguments": arguments = try members.decode()
            default: try members.keep()
            }
        }
        let rest = members.finish()
        self.name = name
        self.arguments = arguments
        self.additionalFields = rest.additionalFields
        self.layout = rest.layout
    }

    /// The piece as JSON.
    public var json: JSONValue { tree }

    func encodeMembers(into members: inout some MemberSink) {
        members.encode("name", name)
        members.encode("arguments", arguments)
    }
}

extension FunctionCallDelta: ObjectModel {}
