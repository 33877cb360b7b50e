#pragma once

#include <utility>
#include <variant>

namespace tricheck {

// A value or an error, for C++17 (std::expected needs C++23). Errors are values in TriCheck: no
// exception ever crosses the event loop, and every failure carries something a caller can show.
template <typename T, typename E>
class Expected
{
public:
    Expected(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    static Expected failure(E error) { return Expected(std::in_place_index<1>, std::move(error)); }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    // By value: `for (x : f().value())` must not iterate a member of a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_state)); }
    const E& error() const { return std::get<1>(m_state); }

    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

private:
    template <std::size_t I, typename V>
    Expected(std::in_place_index_t<I> index, V&& v)
        : m_state(index, std::forward<V>(v))
    { }

    std::variant<T, E> m_state;
};

} // namespace tricheck
